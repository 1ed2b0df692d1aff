#!/usr/bin/env bash
# Envía cada solicitud de examples/<dominio>/*.json a un servicio en marcha e imprime el resultado.
# Uso: examples/enviar.sh [url-base] [dominio]     (por omisión http://localhost:8080 y todos los dominios)
set -euo pipefail
url=${1:-http://localhost:8080}
dominio=${2:-*}
cd "$(dirname "$0")"
for archivo in $dominio/*.json; do
  [ -f "$archivo" ] || continue
  nombre=${archivo%%/*}
  respuesta=$(curl -s -w '\n%{http_code}' -X POST "$url/api/v1/$nombre/decide" \
    -H 'Content-Type: application/json' --data-binary "@$archivo")
  estado=${respuesta##*$'\n'}
  cuerpo=${respuesta%$'\n'*}
  resumen=$(printf '%s' "$cuerpo" | grep -o '"resultado":"[A-Z_]*"\|"detail":"[^"]*"' | head -1 || true)
  printf '%-45s %s %s\n' "$archivo" "$estado" "$resumen"
done
