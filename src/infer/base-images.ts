// Facts about well-known base images that are not built in the repository: is /bin merged into /usr/bin (so the
// kernel reports /usr/bin/x for a binary started as /bin/x, agent-facts §1), is there a /bin/sh, is it the official
// golang image (GOPATH=/go) and which Go version, is it the Go agent / OBI / Beyla image.
//
// Conservative by design: whatever is not known for sure stays undefined.
// Sources: Debian images are merged-/usr from bookworm on (debuerreotype/docker-debian-artifacts#131, #180), Ubuntu
// from 19.10 (focal and later images ship the links), Fedora since F17; distroless images built from Debian 12 or
// older keep a real /bin (GoogleContainerTools/distroless#1393), the Debian 13 ones link it; Alpine becomes merged
// only for new installs from 3.23 (alpinelinux.org, 2025-10-01), so 3.23+ is left unknown; Wolfi merged in 2025.

import type { BaseImageFacts } from '../model/image.ts';

/** PATH when an image sets none (what Docker and most base images use). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface ImageRef {
  /** Registry host, absent for Docker Hub. */
  registry?: string;
  /** Repository path without registry; Docker Hub official images without `library/`, e.g. `golang`, `otel/x`. */
  path: string;
  tag?: string;
  digest?: string;
}

const HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
/** Mirrors of Docker Hub's official images: `<host>/<prefix><name>`. */
const HUB_MIRRORS: [string, string][] = [
  ['public.ecr.aws', 'docker/library/'],
  ['mirror.gcr.io', 'library/'],
];

/**
 * Repositories where a distribution publishes the very images of its Docker Hub official image (Canonical's Ubuntu,
 * Debian's and Amazon Linux's own repositories on ECR Public): the same facts apply.
 */
const SAME_AS_HUB = new Map([
  ['public.ecr.aws/ubuntu/ubuntu', 'ubuntu'],
  ['public.ecr.aws/debian/debian', 'debian'],
  ['public.ecr.aws/amazonlinux/amazonlinux', 'amazonlinux'],
]);

/**
 * The Docker Hub official images (docker-library/official-images, `library/`, 2026-08), and deprecated ones still
 * pulled by name. A single-element name that is not one of them (`todo:v0.1`) names no image on Docker Hub: it is built
 * where it runs (`docker build -t todo .`, kind, minikube).
 */
const DOCKER_OFFICIAL_IMAGES: ReadonlySet<string> = new Set([
  'adminer', 'aerospike', 'almalinux', 'alpine', 'alt', 'amazoncorretto', 'amazonlinux', 'api-firewall', 'arangodb',
  'archlinux', 'azul-zulu', 'backdrop', 'bash', 'bonita', 'buildpack-deps', 'busybox', 'caddy', 'cassandra',
  'chronograf', 'cirros', 'clearlinux', 'clefos', 'clickhouse', 'clojure', 'composer', 'convertigo', 'couchbase',
  'couchdb', 'crate', 'dart', 'debian', 'docker', 'drupal', 'eclipse-mosquitto', 'eclipse-temurin', 'eggdrop',
  'elasticsearch', 'elixir', 'emqx', 'erlang', 'espocrm', 'fedora', 'flink', 'fluentd', 'friendica', 'gazebo', 'gcc',
  'geonetwork', 'ghost', 'golang', 'gradle', 'groovy', 'haproxy', 'haskell', 'haxe', 'hello-world', 'hitch', 'httpd',
  'hylang', 'ibm-semeru-runtimes', 'ibmjava', 'influxdb', 'irssi', 'jetty', 'joomla', 'jruby', 'julia', 'kapacitor',
  'kibana', 'kong', 'krakend', 'lightstreamer', 'liquibase', 'logstash', 'mageia', 'mariadb', 'matomo', 'maven',
  'mediawiki', 'memcached', 'mongo', 'mongo-express', 'monica', 'mysql', 'nats', 'neo4j', 'neurodebian', 'nextcloud',
  'nginx', 'nim', 'node', 'notary', 'odoo', 'open-liberty', 'openjdk', 'oraclelinux', 'orientdb', 'percona', 'perl',
  'photon', 'php', 'php-zendserver', 'phpmyadmin', 'plone', 'postfixadmin', 'postgres', 'pypy', 'python', 'r-base',
  'rabbitmq', 'rakudo-star', 'redis', 'redmine', 'registry', 'rethinkdb', 'rocket.chat', 'rockylinux', 'ros', 'ruby',
  'rust', 'sapmachine', 'satosa', 'silverpeas', 'solr', 'sonarqube', 'spark', 'spiped', 'storm', 'swift', 'swipl',
  'teamspeak', 'telegraf', 'tomcat', 'tomee', 'traefik', 'ubuntu', 'unit', 'varnish', 'websphere-liberty',
  'wordpress', 'xwiki', 'yourls', 'znc', 'zookeeper',
  // Deprecated, still on Docker Hub.
  'celery', 'centos', 'consul', 'django', 'glassfish', 'iojs', 'java', 'jenkins', 'mono', 'opensuse', 'owncloud', 'piwik', 'rails', 'sentry', 'swarm', 'vault',
]);

/** Is this Docker Hub name (no registry, no `library/`) one of the official images? */
export function isDockerOfficialImage(name: string): boolean {
  return DOCKER_OFFICIAL_IMAGES.has(name.toLowerCase());
}

/** Splits an image reference into registry, path, tag and digest (Docker's normalisation for Docker Hub). */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const firstSlash = rest.indexOf('/');
  if (firstSlash >= 0) {
    const first = rest.slice(0, firstSlash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first.toLowerCase();
      rest = rest.slice(firstSlash + 1);
    }
  }
  if (registry !== undefined && HUB_HOSTS.has(registry)) registry = undefined;
  if (registry !== undefined) {
    for (const [host, prefix] of HUB_MIRRORS) {
      if (registry === host && rest.startsWith(prefix) && !rest.slice(prefix.length).includes('/')) {
        registry = undefined;
        rest = rest.slice(prefix.length);
      }
    }
    const same = registry !== undefined ? SAME_AS_HUB.get(`${registry}/${rest.toLowerCase()}`) : undefined;
    if (same !== undefined) {
      registry = undefined;
      rest = same;
    }
  }
  if (registry === undefined && rest.startsWith('library/')) rest = rest.slice('library/'.length);
  const out: ImageRef = { path: rest.toLowerCase() };
  if (registry !== undefined) out.registry = registry;
  if (tag !== undefined && tag !== '') out.tag = tag;
  if (digest !== undefined && digest !== '') out.digest = digest;
  return out;
}

/** `registry.access.redhat.com/ubi9/go-toolset`, `registry.redhat.io/rhel8/go-toolset` ... */
function isRedHatGoToolset(registry: string | undefined, path: string): boolean {
  if (registry !== 'registry.access.redhat.com' && registry !== 'registry.redhat.io') return false;
  const [os, name, more] = path.split('/');
  if (name !== 'go-toolset' || more !== undefined || os === undefined) return false;
  const digits = os.startsWith('ubi') ? os.slice(3) : os.startsWith('rhel') ? os.slice(4) : '';
  return digits !== '' && [...digits].every(isDigit);
}

/** `1.23`, `1.23.4`, `1.24rc1` at the start of a golang tag; undefined for `latest`, `bookworm`, `1`. */
function goVersionOfTag(tag: string): string | undefined {
  const head = tag.split('-')[0]!;
  const m = /^(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)$/.exec(head);
  return m ? m[1] : undefined;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** [major, minor] of a dotted version, or undefined. */
function versionPair(v: string): [number, number] | undefined {
  const m = /^(\d+)(?:\.(\d+))?/.exec(v);
  if (!m) return undefined;
  return [Number(m[1]), m[2] === undefined ? 0 : Number(m[2])];
}

const DEBIAN_MERGED = new Set(['bookworm', 'trixie', 'forky', 'duke', 'sid', 'testing', 'unstable', 'stable', 'oldstable', 'latest']);
const DEBIAN_SPLIT = new Set(['bullseye', 'buster', 'stretch', 'jessie', 'oldoldstable']);

/** Merged-/usr of a Debian release named by a codename or number; undefined if unknown. */
function debianMerged(release: string): boolean | undefined {
  if (DEBIAN_MERGED.has(release)) return true;
  if (DEBIAN_SPLIT.has(release)) return false;
  const p = versionPair(release);
  if (p && String(p[0]) === release.split('.')[0]) return p[0] >= 12;
  return undefined;
}

/** Merged-/usr of an Alpine release (`3.20`, `3.22.1`): false up to 3.22, unknown after. */
function alpineMerged(version: string | undefined): boolean | undefined {
  if (version === undefined) return undefined;
  const p = versionPair(version);
  if (!p) return undefined;
  return p[0] < 3 || (p[0] === 3 && p[1] <= 22) ? false : undefined;
}

/** For Debian-based language images (golang, python ...): the variant part of the tag after the version. */
function variantFacts(variant: string): { mergedUsr?: boolean; hasShell?: boolean; usrMergeUnknown?: true; known: boolean } {
  // `slim` only says the image is smaller: `1.2-slim-bookworm` is bookworm, `3.12-slim` the default variant.
  const parts = variant.split('-').filter((p) => p !== '' && p !== 'slim');
  if (parts.length === 0) return { known: false };
  const first = parts[0]!;
  if (first.startsWith('alpine')) {
    const v = first.slice('alpine'.length);
    const merged = alpineMerged(v === '' ? undefined : v);
    return merged === undefined ? { hasShell: true, known: true, usrMergeUnknown: true } : { mergedUsr: merged, hasShell: true, known: true };
  }
  if (first.startsWith('windowsservercore') || first.startsWith('nanoserver')) return { known: true };
  const d = debianMerged(first);
  if (d !== undefined) return { mergedUsr: d, hasShell: true, known: true };
  return { known: false };
}

/** The distroless images whose debug variant keeps static's ENTRYPOINT ["/busybox/sh"]. */
const DISTROLESS_SHELL_ENTRYPOINT = new Set(['static', 'base', 'base-nossl', 'cc']);

const UBUNTU_SPLIT = new Set(['bionic', 'xenial', 'trusty', 'precise', 'cosmic', 'disco']);
const UBUNTU_MERGED = new Set([
  'eoan', 'focal', 'groovy', 'hirsute', 'impish', 'jammy', 'kinetic', 'lunar', 'mantic', 'noble', 'oracular',
  'plucky', 'questing', 'resolute', 'latest', 'rolling', 'devel',
]);

function set<T extends keyof BaseImageFacts>(f: BaseImageFacts, key: T, value: BaseImageFacts[T] | undefined): void {
  if (value !== undefined) f[key] = value;
}

/** Facts about an external image reference (ARGs already expanded). Unknown images give `{ ref }` only. */
export function baseImageFacts(ref: string): BaseImageFacts {
  const facts: BaseImageFacts = { ref };
  const r = parseImageRef(ref);
  const tag = r.tag;
  if (tag !== undefined) facts.tag = tag;
  const hub = r.registry === undefined;
  const name = hub ? r.path : `${r.registry}/${r.path}`;

  if (ref.trim() === 'scratch') {
    facts.hasShell = false;
    facts.mergedUsr = false;
    facts.noEntrypoint = true;
    return facts;
  }

  // The agent images.
  if (
    name === 'otel/autoinstrumentation-go' ||
    name === 'ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go'
  ) {
    facts.agent = 'go-auto';
    facts.cmd = ['/otel-go-instrumentation'];
    facts.hasShell = false;
    return facts;
  }
  if (
    name === 'otel/ebpf-instrument' ||
    name === 'ghcr.io/open-telemetry/opentelemetry-ebpf-instrumentation/ebpf-instrument'
  ) {
    facts.agent = 'obi';
    return facts;
  }
  if (name === 'grafana/beyla' || name === 'ghcr.io/grafana/beyla') {
    facts.agent = 'beyla';
    return facts;
  }

  if (hub && r.path === 'golang') {
    facts.golang = true;
    facts.noEntrypoint = true;
    facts.hasShell = true;
    const t = tag ?? 'latest';
    const goVersion = goVersionOfTag(t);
    set(facts, 'goVersion', goVersion);
    const head = t.split('-')[0]!;
    const variant = isDigit(head[0]) ? t.slice(head.length + 1) : t === 'latest' ? '' : t;
    const v = variantFacts(variant);
    facts.shell = variant.startsWith('alpine') ? 'busybox' : 'dash';
    if (variant.startsWith('windows') || variant.startsWith('nanoserver')) delete facts.shell;
    if (v.known) {
      set(facts, 'mergedUsr', v.mergedUsr);
      if (v.hasShell === undefined) delete facts.hasShell;
      // golang:<ver>-alpine without an Alpine version: images of Go <= 1.23 predate Alpine 3.23.
      if (variant === 'alpine' && goVersion !== undefined) {
        const p = versionPair(goVersion);
        if (p && (p[0] < 1 || (p[0] === 1 && p[1] <= 23))) facts.mergedUsr = false;
      }
      if (facts.mergedUsr === undefined && v.usrMergeUnknown) facts.usrMergeUnknown = true;
    } else if (variant === '') {
      // The default variant is Debian: bookworm or later since Go 1.21.
      const p = goVersion !== undefined ? versionPair(goVersion) : undefined;
      if (p === undefined || p[0] > 1 || (p[0] === 1 && p[1] >= 21)) facts.mergedUsr = true;
      else if (p[0] === 1 && p[1] < 20) facts.mergedUsr = false;
    }
    return facts;
  }

  // Red Hat's go-toolset (UBI / RHEL): Red Hat's build of Go, whose version string names it
  // (`go1.24.6 (Red Hat 1.24.6-1.el9_6)`). Tags are Go versions (`1.24`, `1.24.6-1755...`) or RHEL ones (`9.6-...`).
  if (isRedHatGoToolset(r.registry, r.path)) {
    facts.goVendor = 'Red Hat';
    facts.hasShell = true;
    facts.shell = 'bash';
    facts.mergedUsr = true;
    const goVersion = tag !== undefined && tag.startsWith('1.') ? goVersionOfTag(tag) : undefined;
    set(facts, 'goVersion', goVersion);
    return facts;
  }

  // SUSE's BCI Golang image (`registry.suse.com/bci/golang:1.26.6`): tags are Go versions (`1.26`, `1.26.6`), or
  // `stable` / `oldstable` and `-openssl` variants, whose Go is not known from the tag.
  if (r.registry === 'registry.suse.com' && r.path === 'bci/golang') {
    facts.hasShell = true;
    facts.shell = 'bash';
    const plain = tag !== undefined && tag.startsWith('1.') && [...tag].every((c) => c === '.' || (c >= '0' && c <= '9'));
    set(facts, 'goVersion', plain ? goVersionOfTag(tag) : undefined);
    return facts;
  }

  if (hub && r.path === 'debian') {
    facts.hasShell = true;
    facts.shell = 'dash';
    facts.noEntrypoint = true;
    const release = (tag ?? 'latest').split('-')[0]!;
    set(facts, 'mergedUsr', debianMerged(release));
    return facts;
  }

  if (hub && r.path === 'ubuntu') {
    facts.hasShell = true;
    facts.shell = 'dash';
    facts.noEntrypoint = true;
    const release = (tag ?? 'latest').split('-')[0]!;
    if (UBUNTU_MERGED.has(release)) facts.mergedUsr = true;
    else if (UBUNTU_SPLIT.has(release)) facts.mergedUsr = false;
    else {
      const p = versionPair(release);
      if (p) facts.mergedUsr = p[0] > 19 || (p[0] === 19 && p[1] >= 10);
    }
    return facts;
  }

  if (hub && r.path === 'alpine') {
    facts.hasShell = true;
    facts.shell = 'busybox';
    facts.noEntrypoint = true;
    const merged = alpineMerged(tag);
    if (merged === undefined) facts.usrMergeUnknown = true;
    else facts.mergedUsr = merged;
    return facts;
  }

  if (hub && r.path === 'busybox') {
    facts.hasShell = true;
    facts.shell = 'busybox';
    facts.mergedUsr = false;
    facts.noEntrypoint = true;
    return facts;
  }

  if (
    (hub && (r.path === 'fedora' || r.path === 'rockylinux' || r.path === 'almalinux' || r.path === 'amazonlinux' ||
      r.path === 'oraclelinux' || r.path === 'centos' || r.path === 'rockylinux/rockylinux')) ||
    (r.registry === 'quay.io' && r.path === 'fedora/fedora')
  ) {
    facts.hasShell = true;
    facts.shell = 'bash';
    facts.mergedUsr = true;
    return facts;
  }
  if (r.registry === 'registry.access.redhat.com' || r.registry === 'registry.redhat.io') {
    if (r.path.includes('ubi')) {
      facts.mergedUsr = true;
      if (!r.path.includes('micro')) {
        facts.hasShell = true;
        facts.shell = 'bash';
      }
    }
    return facts;
  }

  if (r.registry === 'gcr.io' && r.path.startsWith('distroless/')) {
    const image = r.path.slice('distroless/'.length);
    if (!(tag ?? '').includes('debug')) facts.hasShell = false;
    const dash = image.lastIndexOf('-debian');
    if (dash >= 0) {
      const n = Number(image.slice(dash + '-debian'.length));
      if (Number.isInteger(n) && n > 0) facts.mergedUsr = n >= 13;
    }
    // Every distroless image is built on `static` (static/static.bzl): the `nonroot` variants run as 65532 in
    // WORKDIR /home/nonroot, the root ones in /; the `debug` variants add busybox, PATH=$PATH:/busybox and
    // ENTRYPOINT ["/busybox/sh"], which the language images (python3, nodejs, java) replace with their runtime's.
    // Tags: latest, nonroot, debug, debug-nonroot, each also with an architecture (`nonroot-arm64`). A reference by
    // digest alone does not say which variant it is.
    if (tag === undefined && r.digest !== undefined) facts.workdirUnknown = true;
    else {
      const parts = (tag ?? 'latest').split('-');
      if (parts.includes('nonroot')) facts.workdir = '/home/nonroot';
      const family = dash >= 0 ? image.slice(0, dash) : image;
      if (parts.includes('debug') && DISTROLESS_SHELL_ENTRYPOINT.has(family)) {
        facts.entrypoint = ['/busybox/sh'];
        facts.path = `${DEFAULT_PATH}:/busybox`;
      } else if (DISTROLESS_SHELL_ENTRYPOINT.has(family)) facts.noEntrypoint = true;
    }
    return facts;
  }

  if ((r.registry === 'cgr.dev' && r.path.startsWith('chainguard/')) || (hub && r.path.startsWith('chainguard/'))) {
    const image = r.path.slice('chainguard/'.length);
    if (image === 'static') facts.hasShell = false;
    else if (image === 'wolfi-base' || image === 'busybox') {
      facts.hasShell = true;
      facts.mergedUsr = true;
    }
    return facts;
  }

  // LinuxServer.io's base images run s6-overlay: ENTRYPOINT ["/init"] starts the services their images put in
  // /etc/s6-overlay/s6-rc.d (github.com/linuxserver/docker-baseimage-alpine, -ubuntu, -debian ...: `ENTRYPOINT ["/init"]`).
  if ((r.registry === 'ghcr.io' || r.registry === 'lscr.io' || hub) && r.path.startsWith('linuxserver/baseimage-')) {
    facts.entrypoint = ['/init'];
    facts.hasShell = true;
    return facts;
  }

  // Other official Debian-based language images: decide by the tag's variant only.
  if (hub && ['python', 'node', 'ruby', 'rust', 'buildpack-deps', 'perl', 'php'].includes(r.path) && tag !== undefined) {
    const head = tag.split('-')[0]!;
    const variant = isDigit(head[0]) ? tag.slice(head.length + 1) : tag;
    const v = variantFacts(variant);
    if (v.known) {
      set(facts, 'mergedUsr', v.mergedUsr);
      set(facts, 'hasShell', v.hasShell);
      if (v.hasShell) facts.shell = variant.startsWith('alpine') ? 'busybox' : 'dash';
    } else if (variant.split('-').every((p) => p === '' || p === 'slim')) {
      // The default variant of these rolling tags is the current Debian (bookworm or later).
      facts.hasShell = true;
      facts.mergedUsr = true;
      facts.shell = 'dash';
    }
    return facts;
  }
  return facts;
}
