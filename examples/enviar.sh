#!/usr/bin/env bash
# Envía cada solicitud de examples/<dominio>/*.json a un servicio en marcha e imprime el estado y el resultado;
# el nombre del archivo dice lo que debe dar (objetada.json → OBJETADA; invalida--*.json → 400).
# Uso: examples/enviar.sh [url-base] [dominio]     (por omisión http://localhost:8080 y todos los dominios)
# Termina con código 1 si el servicio no responde, si el dominio no existe o si algún ejemplo no da lo esperado.
set -euo pipefail
url=${1:-http://localhost:8080}
dominio=${2:-}
cd "$(dirname "$0")"
if ! curl -s -o /dev/null --max-time 5 "$url/actuator/health"; then
  echo "error: no responde un servicio en $url (arránquelo con ./mvnw spring-boot:run)" >&2
  exit 1
fi
if [ -n "$dominio" ] && [ ! -d "$dominio" ]; then
  echo "error: no hay ejemplos del dominio '$dominio'; hay de: $(ls -d */ | tr -d / | tr '\n' ' ')" >&2
  exit 1
fi
fallas=0
for archivo in ${dominio:-*}/*.json; do
  [ -f "$archivo" ] || continue
  nombre=${archivo%%/*}
  base=$(basename "$archivo" .json)
  esperado=${base%%--*}
  respuesta=$(curl -s -w '\n%{http_code}' -X POST "$url/api/v1/$nombre/decide" \
    -H 'Content-Type: application/json' --data-binary "@$archivo")
  estado=${respuesta##*$'\n'}
  cuerpo=${respuesta%$'\n'*}
  resultado=$(printf '%s' "$cuerpo" | grep -o '"resultado":"[A-Z_]*"' | head -1 | cut -d'"' -f4 || true)
  if [ "$esperado" = invalida ]; then
    [ "$estado" = 400 ] && marca=ok || marca=FALLA
  else
    [ "$estado" = 200 ] && [ "$resultado" = "$(printf '%s' "$esperado" | tr 'a-z-' 'A-Z_')" ] && marca=ok || marca=FALLA
  fi
  [ "$marca" = ok ] || fallas=$((fallas + 1))
  printf '%-5s %-55s %s %s\n' "$marca" "$archivo" "$estado" "${resultado:-$(printf '%s' "$cuerpo" | grep -o '"detail":"[^"]*"' | head -1 || true)}"
done
if [ "$fallas" -gt 0 ]; then
  echo "$fallas ejemplo(s) no dieron lo esperado" >&2
  exit 1
fi
