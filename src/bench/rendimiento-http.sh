#!/usr/bin/env bash
# Benchmark HTTP por loopback: arranca el servicio empaquetado (perfil rendimiento, con el endpoint eco),
# mide el arranque hasta "UP", la recarga de reglas, el throughput y la latencia p50/p99/p99.9 de
# decide y de eco por dominio con wrk, y el heap tras GC antes y después de la carga sostenida.
#
#   src/bench/rendimiento-http.sh                         # 15 s por prueba, 300 s de carga sostenida
#   DURACION=30s CALENTAMIENTO=30s SOSTENIDA=600 CONEXIONES=32 src/bench/rendimiento-http.sh
#
# Requiere wrk (Debian: apt-get install wrk) y un JDK. Solo habla con 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURACION=${DURACION:-15s}
CALENTAMIENTO=${CALENTAMIENTO:-20s}
SOSTENIDA=${SOSTENIDA:-300}
CONEXIONES=${CONEXIONES:-16}
HILOS_WRK=${HILOS_WRK:-2}
PUERTO=${PUERTO:-18080}
URL=http://127.0.0.1:$PUERTO
command -v wrk >/dev/null || { echo "Falta wrk: apt-get install wrk" >&2; exit 1; }

trabajo=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$trabajo"' EXIT
cp -r rules "$trabajo/rules"

./mvnw -B -q -DskipTests package
jar=$(ls target/decisiones-*.jar | grep -v plain | head -1)

inicio=$(date +%s%N)
java -Xms512m -Xmx512m -jar "$jar" --server.port=$PUERTO --spring.profiles.active=rendimiento \
  --reglas.directorio="$trabajo/rules" --reglas.vigilar=false > "$trabajo/servicio.log" 2>&1 &
pid=$!
until curl -sf "$URL/actuator/health" | grep -q UP; do sleep 0.05; done
arranque=$(( ($(date +%s%N) - inicio) / 1000000 ))
echo "== Arranque hasta health UP: ${arranque} ms (JVM + Spring + compilación de reglas)"
grep -o 'Reglas cargadas.*' "$trabajo/servicio.log" || true

heap() { jcmd "$pid" GC.run >/dev/null; jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1; }

cat > "$trabajo/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local cuerpos = {}
function init(args)
  for i, archivo in ipairs(args) do
    local f = io.open(archivo, "r"); cuerpos[i] = f:read("*a"); f:close()
  end
end
local n = 0
function request()
  n = n + 1
  return wrk.format(nil, nil, nil, cuerpos[(n % #cuerpos) + 1])
end
function done(resumen, latencia, pedidos)
  io.write(string.format("RESULTADO %.0f req/s p50=%.2fms p99=%.2fms p99.9=%.2fms errores=%d no2xx=%d\n",
    resumen.requests / (resumen.duration / 1e6), latencia:percentile(50) / 1000, latencia:percentile(99) / 1000,
    latencia:percentile(99.9) / 1000, resumen.errors.connect + resumen.errors.read + resumen.errors.write
      + resumen.errors.timeout, resumen.errors.status))
end
LUA

carga() { # $1 ruta, $2 duración, resto: archivos
  local ruta=$1 duracion=$2; shift 2
  wrk -t"$HILOS_WRK" -c"$CONEXIONES" -d"$duracion" -s "$trabajo/post.lua" "$URL$ruta" -- "$@" | grep RESULTADO
}

# Los dominios son las carpetas de examples/ con solicitudes (examples/kafka/ trae eventos, no es un dominio).
dominios=$(for d in examples/*/; do if ls "$d"*.json >/dev/null 2>&1; then basename "$d"; fi; done)
echo "== Calentamiento ($CALENTAMIENTO por dominio y endpoint: el JIT de Drools y de Jackson tarda)"
for d in $dominios; do
  for ruta in decide eco; do carga /api/v1/$d/$ruta "$CALENTAMIENTO" $(ls examples/$d/*.json | grep -v invalida) >/dev/null; done
done
echo "== Heap tras GC antes de la carga: $(heap)"

echo "== decide frente a eco, $CONEXIONES conexiones, $DURACION cada uno"
for d in $dominios; do
  archivos=$(ls examples/$d/*.json | grep -v invalida)
  echo "-- $d: decide $(carga /api/v1/$d/decide "$DURACION" $archivos | cut -d' ' -f2-)"
  echo "-- $d: eco    $(carga /api/v1/$d/eco "$DURACION" $archivos | cut -d' ' -f2-)"
done

echo "== Recarga de reglas"
t=$(date +%s%N); curl -sf -X POST "$URL/api/v1/reglas/recargar" >/dev/null
echo "sin cambios: $(( ($(date +%s%N) - t) / 1000000 )) ms"
for d in $dominios; do
  echo "// cambio de prueba $(date +%s%N)" >> "$trabajo/rules/$d/$(ls "$trabajo/rules/$d" | grep drl | head -1)"
  t=$(date +%s%N); curl -sf -X POST "$URL/api/v1/reglas/recargar" >/dev/null
  echo "un dominio ($d) cambiado: $(( ($(date +%s%N) - t) / 1000000 )) ms"
done

echo "== Carga sostenida: ${SOSTENIDA} s repartidos entre los dominios"
por_dominio=$(( SOSTENIDA / $(echo $dominios | wc -w) ))
for d in $dominios; do carga /api/v1/$d/decide "${por_dominio}s" $(ls examples/$d/*.json | grep -v invalida) | sed "s/^/-- $d /"; done
echo "== Heap tras GC después de la carga: $(heap)"
