# `docker buildx bake`: the company's Go runtime image first, then the services built FROM it.
group "default" {
  targets = ["go-base", "billing"]
}

target "go-base" {
  context = "images/go-base"
  tags    = ["ghcr.io/acme/go-base:1.2"]
}

target "billing" {
  context = "services/billing"
  tags    = ["ghcr.io/acme/billing:3.0.0"]
}
