#!/usr/bin/env bash
# Prueba de resistencia (fuera de verify): el jar con -Xmx512m durante DURACION minutos bajo una mezcla de
# decide (wrk, todos los dominios con ejemplos), lotes de 2 000 facturas de glosas (curl, en bucle) y una recarga de
# reglas por minuto (un comentario más en un DRL de una copia de rules/). Cada minuto mide el heap tras un GC
# completo. Al final imprime las respuestas por estado (ningún 5xx esperado) y la serie del heap (plana esperada).
#
#   src/bench/soak.sh                  # 30 minutos
#   DURACION=10 src/bench/soak.sh      # 10 minutos
#
# Requiere wrk (Debian: apt-get install wrk) y un JDK. Solo habla con 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURACION=${DURACION:-30}
PUERTO=${PUERTO:-18090}
URL=http://127.0.0.1:$PUERTO
command -v wrk >/dev/null || { echo "Falta wrk: apt-get install wrk" >&2; exit 1; }

trabajo=$(mktemp -d)
trap 'kill $pid $(jobs -p) 2>/dev/null || true; rm -rf "$trabajo"' EXIT
cp -r rules "$trabajo/rules"
[ -f target/decisiones-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q -DskipTests package
jar=$(ls target/decisiones-*.jar | grep -v plain | head -1)

java -Xms512m -Xmx512m -jar "$jar" --server.port=$PUERTO --reglas.directorio="$trabajo/rules" --reglas.vigilar=false \
  --logging.level.AUDITORIA=OFF > "$trabajo/servicio.log" 2>&1 &
pid=$!
until curl -sf "$URL/actuator/health" | grep -q UP; do sleep 0.2; done

# Un lote de 2 000 facturas de glosas.
python3 - "$trabajo/lote.json" <<'PY'
import json, sys
caso = json.load(open("examples/glosas/glosa-parcial.json"))
json.dump({"casos": [caso] * 2000}, open(sys.argv[1], "w"))
PY

cat > "$trabajo/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local rutas, cuerpos = {}, {}
function init(args)
  for i = 1, #args, 2 do
    local f = io.open(args[i + 1], "r"); cuerpos[#cuerpos + 1] = f:read("*a"); f:close(); rutas[#rutas + 1] = args[i]
  end
end
local n = 0
function request()
  n = n + 1
  local i = (n % #cuerpos) + 1
  return wrk.format(nil, rutas[i], nil, cuerpos[i])
end
function done(resumen, latencia, pedidos)
  io.write(string.format("DECIDE %d solicitudes, %.0f/s, p99=%.2fms, errores de conexión=%d, no 2xx=%d\n", resumen.requests,
    resumen.requests / (resumen.duration / 1e6), latencia:percentile(99) / 1000,
    resumen.errors.connect + resumen.errors.read + resumen.errors.write + resumen.errors.timeout, resumen.errors.status))
end
LUA
argumentos=()
for archivo in examples/*/*.json; do
  case "$(basename "$archivo")" in invalida*) continue ;; esac
  argumentos+=("/api/v1/$(basename "$(dirname "$archivo")")/decide" "$archivo")
done

heap() { jcmd "$pid" GC.run >/dev/null; jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+'; }
echo "minuto heap_tras_gc_KB" > "$trabajo/heap.txt"
echo "0 $(heap)" >> "$trabajo/heap.txt"

wrk -t1 -c8 -d"${DURACION}m" --timeout 10s -s "$trabajo/post.lua" "$URL" -- "${argumentos[@]}" > "$trabajo/wrk.txt" 2>&1 &
wrk_pid=$!
( while kill -0 $wrk_pid 2>/dev/null; do
    curl -s -o /dev/null -w '%{http_code}\n' -X POST "$URL/api/v1/glosas/decide/lote" -H 'Content-Type: application/json' \
      --data-binary "@$trabajo/lote.json" >> "$trabajo/lotes.txt" || echo "000" >> "$trabajo/lotes.txt"
  done ) &
for minuto in $(seq 1 "$DURACION"); do
  sleep 60
  printf '\n// recarga del minuto %s\n' "$minuto" >> "$trabajo/rules/invalidez/clasificacion-pcl.drl"
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "$URL/api/v1/reglas/recargar" >> "$trabajo/recargas.txt"
  echo "$minuto $(heap)" >> "$trabajo/heap.txt"
done
wait $wrk_pid || true
sleep 5

echo "== Soak de $DURACION minutos con -Xmx512m"
cat "$trabajo/wrk.txt" | grep DECIDE || cat "$trabajo/wrk.txt"
echo "Lotes de 2 000 facturas por estado: $(sort "$trabajo/lotes.txt" | uniq -c | tr '\n' ' ')"
echo "Recargas por estado: $(sort "$trabajo/recargas.txt" | uniq -c | tr '\n' ' ')"
echo "5xx en el log del servicio: $(grep -c 'Error inesperado' "$trabajo/servicio.log" || true); OutOfMemoryError: $(grep -c OutOfMemoryError "$trabajo/servicio.log" || true)"
echo "Heap tras GC por minuto (KB):"; column -t "$trabajo/heap.txt"
