import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { goFileNameTags, readGoFileHeader } from '../../src/parsers/go-package.ts';

test('readGoFileHeader: the package clause past comments, a BOM and blank lines', () => {
  const cases: [string, ReturnType<typeof readGoFileHeader>][] = [
    ['package main\n\nfunc main() {}\n', { package: 'main' }],
    ['\uFEFF// Copyright 2024\n// SPDX\n\n/* block\n   package nope */\npackage geth // trailing\n', { package: 'geth' }],
    ['/* a */ /* b */ package\tmain;', { package: 'main' }],
    ['package/**/main\n', { package: 'main' }],
    ['// package main\npackage tools\n', { package: 'tools' }],
    ['packagemain\n', {}],
    ['package 1x\n', {}],
    ['func main() {}\npackage main\n', {}],
    ['/* unterminated package main', {}],
    ['', {}],
  ];
  for (const [text, expected] of cases) assert.equal(readGoFileHeader(text), expected, JSON.stringify(text));
});

test('readGoFileHeader: build constraints as go/build reads them', () => {
  const cases: [string, ReturnType<typeof readGoFileHeader>][] = [
    ['//go:build ignore\n\npackage main\n', { package: 'main', build: 'ignore' }],
    ['// Copyright\n\n//go:build linux && amd64\npackage main\n', { package: 'main', build: 'linux && amd64' }],
    ['//go:build tools\n// +build tools\n\npackage tools\n', { package: 'tools', build: 'tools' }],
    ['// +build ignore\n\npackage main\n', { package: 'main', build: 'ignore' }],
    ['// +build linux,386 darwin\n// +build !cgo\n\npackage main\n', { package: 'main', build: '(linux && 386 || darwin) && !cgo' }],
    // `+build` lines must be followed by a blank line; a `//go:build` line inside /* */ is text, not a constraint.
    ['// +build ignore\npackage main\n', { package: 'main' }],
    ['/*\n//go:build ignore\n*/\n\npackage main\n', { package: 'main' }],
    ['//go:buildignore\n\npackage main\n', { package: 'main' }],
    ['package main\n\n//go:build ignore\n', { package: 'main' }],
  ];
  for (const [text, expected] of cases) assert.equal(readGoFileHeader(text), expected, JSON.stringify(text));
});

test('goFileNameTags: GOOS and GOARCH file name suffixes (the part before the first _ never counts)', () => {
  const cases: [string, ReturnType<typeof goFileNameTags>][] = [
    ['main.go', {}],
    ['windows.go', {}],
    ['main_windows.go', { goos: 'windows' }],
    ['x_linux_arm64.go', { goos: 'linux', goarch: 'arm64' }],
    ['x_amd64_test.go', { goarch: 'amd64' }],
    ['linux_amd64.go', { goarch: 'amd64' }],
    ['foo_bar.go', {}],
    ['foo_linux_bar.go', {}],
  ];
  for (const [name, expected] of cases) assert.equal(goFileNameTags(name), expected, name);
});

test.run();
