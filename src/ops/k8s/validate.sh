#!/usr/bin/env bash
# Validates the Kubernetes manifests that the Quarkus Kubernetes extension writes at package
# time (target/kubernetes/kubernetes.yml: Deployment, Service, and the loading Job and
# HorizontalPodAutoscaler merged from src/main/kubernetes/kubernetes.yml) against the
# Kubernetes OpenAPI schemas of the npm package kubernetes-models (installed by npm ci from
# the lock file), and for unknown fields with kubernetes-types and the TypeScript compiler.
# Builds the jar first when the manifests are missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=target/kubernetes/kubernetes.yml
if [ ! -f "$out" ] || [ -n "$(find src/main pom.xml -newer "$out" -type f -print -quit)" ]; then
  ./mvnw -B -q package -DskipTests
fi
cd src/ops/k8s
npm ci --no-audit --no-fund --silent
node validate.mjs "$OLDPWD/$out"
