# docker-bake.hcl: how the image is built. Its tags are in docker-bake.override.json (CI writes them per release),
# which `docker buildx bake` loads and merges with this file.
target "api" {
  context    = "."
  dockerfile = "build/Dockerfile"
  target     = "release"
}
