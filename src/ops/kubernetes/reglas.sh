#!/usr/bin/env bash
# Crea o actualiza un ConfigMap por dominio, reglas-<dominio>, con los archivos de rules/<dominio>/ (cada archivo es
# una clave). Un ConfigMap no tiene carpetas y guarda hasta 1 MiB: uno por dominio conserva rules/<dominio>/ tal cual
# y deja lugar para que cada dominio crezca. El Deployment monta cada uno en /reglas/<dominio>; el kubelet cambia el
# contenido de una vez (su enlace ..data) y el vigilante de cada réplica lo recarga (README, «Despliegue»).
# Uso: src/ops/kubernetes/reglas.sh [opciones de kubectl apply, p. ej. -n decisiones o --dry-run=server]
set -euo pipefail
raiz=$(cd "$(dirname "$0")/../../.." && pwd)
for carpeta in "$raiz"/rules/*/; do
  dominio=$(basename "$carpeta")
  kubectl create configmap "reglas-$dominio" --from-file="$carpeta" --dry-run=client -o yaml \
    | kubectl label --local -f - app.kubernetes.io/name=decisiones app.kubernetes.io/component=reglas -o yaml \
    | kubectl apply "$@" -f -
done
