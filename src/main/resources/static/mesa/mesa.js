// La mesa de analistas y QA: decidir un ejemplo y ver cada regla que disparó, ver las reglas activas y las versiones,
// simular una candidata contra las activas y ver la cobertura. Todo por la API del servicio, con la clave en X-API-Key.
'use strict';

const estado = { dominio: null, detalle: null, documento: null, candidata: new Map() };

const $ = (id) => document.getElementById(id);

/** Un elemento con atributos e hijos; el texto va siempre como texto (nunca como HTML). */
function el(etiqueta, atributos = {}, ...hijos) {
  const nodo = document.createElement(etiqueta);
  Object.entries(atributos).forEach(([nombre, valor]) => {
    if (nombre === 'onclick') nodo.addEventListener('click', valor);
    else nodo.setAttribute(nombre, valor);
  });
  hijos.flat().forEach((hijo) => nodo.append(hijo instanceof Node ? hijo : document.createTextNode(String(hijo ?? ''))));
  return nodo;
}

function avisar(texto, esError = false) {
  $('estado').textContent = texto;
  $('estado').className = esError ? 'error' : '';
}

async function api(ruta, opciones = {}) {
  const cabeceras = Object.assign({}, opciones.headers || {});
  const clave = sessionStorage.getItem('clave');
  if (clave) cabeceras['X-API-Key'] = clave;
  const respuesta = await fetch(ruta, Object.assign({}, opciones, { headers: cabeceras }));
  const texto = await respuesta.text();
  let json = null;
  try { json = texto ? JSON.parse(texto) : null; } catch (e) { json = { detail: texto }; }
  return { estado: respuesta.status, json };
}

/** Un problem+json en palabras: su detalle y cada campo o archivo culpable. */
function problema(json) {
  const errores = (json && json.errores) || [];
  return el('div', { class: 'error' },
    el('p', {}, (json && (json.detail || json.title)) || 'Error'),
    el('ul', {}, errores.map((error) => el('li', {},
      error.archivo !== undefined ? `${error.archivo}:${error.linea}: ${error.mensaje}` : `${error.campo}: ${error.mensaje}`))));
}

function mostrar(contenedor, ...hijos) {
  $(contenedor).replaceChildren(...hijos);
}

// --- dominios y ejemplos -------------------------------------------------------------------------------------------

async function cargarDominios() {
  const { estado: codigo, json } = await api('/api/v1/reglas');
  if (codigo !== 200) {
    avisar(codigo === 401 || codigo === 403 ? 'Escriba una clave de API válida y pulse «Usar la clave»' : problemaTexto(json), true);
    return;
  }
  const elegido = $('dominio').value;
  $('dominio').replaceChildren(...Object.keys(json.dominios).sort().map((nombre) => el('option', { value: nombre }, nombre)));
  if (elegido && json.dominios[elegido]) $('dominio').value = elegido;
  avisar(`Reglas activas: versión ${json.versionReglas}`);
  await cambiarDominio();
}

function problemaTexto(json) {
  return (json && (json.detail || json.title)) || 'El servicio no respondió';
}

async function cambiarDominio() {
  estado.dominio = $('dominio').value;
  estado.candidata.clear();
  mostrar('candidata');
  const { estado: codigo, json } = await api(`/api/v1/reglas/${estado.dominio}`);
  if (codigo !== 200) { avisar(problemaTexto(json), true); return; }
  estado.detalle = json;
  estado.reglas = new Map(json.reglas.map((regla) => [regla.nombre, regla]));
  await cargarEjemplos();
  mostrarReglas();
  $('archivo-activo').replaceChildren(...Object.keys(json.archivos).sort().map((ruta) => el('option', { value: ruta }, ruta)));
  if (!$('pestana-versiones').hidden) await cargarVersiones();
}

async function cargarEjemplos() {
  if (!estado.documento) estado.documento = (await api('/v3/api-docs')).json;
  const operacion = estado.documento.paths[`/api/v1/${estado.dominio}/decide`];
  const ejemplos = operacion ? operacion.post.requestBody.content['application/json'].examples || {} : {};
  estado.ejemplos = ejemplos;
  $('ejemplo').replaceChildren(...Object.keys(ejemplos).map((nombre) => el('option', { value: nombre }, nombre)));
  elegirEjemplo();
}

function elegirEjemplo() {
  const ejemplo = estado.ejemplos[$('ejemplo').value];
  $('solicitud').value = ejemplo ? JSON.stringify(ejemplo.value, null, 2) : '{}';
}

// --- decidir -------------------------------------------------------------------------------------------------------

async function decidir() {
  const version = $('version-decidir').value.trim();
  const ruta = `/api/v1/${estado.dominio}/decide` + (version ? `?versionReglas=${encodeURIComponent(version)}` : '');
  const { estado: codigo, json } = await api(ruta, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: $('solicitud').value });
  if (codigo !== 200) { mostrar('decision', el('h2', {}, `Error ${codigo}`), problema(json)); return; }
  const dinero = estado.detalle.camposDinero.filter((campo) => json[campo] !== undefined);
  mostrar('decision',
    el('p', {}, 'Resultado: ', el('span', { id: 'resultado', class: 'resultado' }, json.resultado),
      `  (versionReglas ${json.versionReglas}, ${estado.detalle.campoIdentificador} ${identificador(json)})`),
    el('h3', {}, 'Causales'),
    json.causales.length ? el('ul', { id: 'causales' }, json.causales.map((causal) =>
      el('li', {}, el('code', {}, causal.codigo), ` ${causal.descripcion || ''} (${causal.tipo || ''})`))) : el('p', {}, 'ninguna'),
    el('h3', {}, 'Acciones'),
    json.acciones.length ? el('table', { id: 'acciones' }, el('tr', {}, el('th', {}, 'tipo'), el('th', {}, 'vence'), el('th', {}, 'motivo')),
      json.acciones.map((accion) => el('tr', {}, el('td', {}, accion.tipo), el('td', {}, accion.fechaLimite || accion.fechaHoraLimite || ''),
        el('td', {}, accion.motivo || '')))) : el('p', {}, 'ninguna'),
    dinero.length ? el('h3', {}, 'Dinero') : '',
    dinero.length ? el('table', { id: 'dinero' }, dinero.map((campo) => el('tr', {}, el('td', {}, campo), el('td', {}, json[campo])))) : '',
    el('h3', {}, 'Reglas que dispararon'),
    el('div', { id: 'reglas-aplicadas' }, json.reglasAplicadas.map(reglaAplicada)),
    el('details', {}, el('summary', {}, 'Respuesta completa'), el('pre', {}, JSON.stringify(json, null, 2))));
}

function identificador(decision) {
  return estado.detalle.campoIdentificador.split('.').reduce((valor, parte) => (valor ? valor[parte] : undefined), decision) ?? '';
}

function reglaAplicada(nombre) {
  const regla = estado.reglas.get(nombre);
  if (!regla) return el('div', { class: 'regla-aplicada' }, el('strong', {}, nombre), ' (no está en las reglas activas: es de otra versión)');
  return el('details', { class: 'regla-aplicada' },
    el('summary', {}, el('strong', {}, regla.nombre), ' — ', el('code', { class: 'ubicacion' }, `${regla.archivo}:${regla.linea}-${regla.lineaFin}`),
      ` fase ${regla.fase}`),
    el('pre', { class: 'texto-regla' }, regla.texto));
}

// --- reglas activas ------------------------------------------------------------------------------------------------

function mostrarReglas() {
  $('version-activa').textContent = `Versión activa de ${estado.dominio}: ${estado.detalle.versionReglas}.`;
  const porArchivo = new Map();
  estado.detalle.reglas.forEach((regla) => {
    if (!porArchivo.has(regla.archivo)) porArchivo.set(regla.archivo, []);
    porArchivo.get(regla.archivo).push(regla);
  });
  mostrar('reglas', ...[...porArchivo.entries()].map(([archivo, reglas]) => el('div', {},
    el('h3', {}, archivo, ' ', el('button', { type: 'button', onclick: () => { editarEnCandidata(archivo); pestana('simular'); } },
      'Editar en una candidata')),
    reglas.map((regla) => el('details', {}, el('summary', {}, `${regla.nombre} (líneas ${regla.linea}-${regla.lineaFin}, fase ${regla.fase})`),
      el('pre', {}, regla.texto))))));
}

// --- candidata y simulación ----------------------------------------------------------------------------------------

function editarEnCandidata(ruta) {
  if (estado.candidata.has(ruta)) return;
  const area = el('textarea', { rows: 16, spellcheck: 'false', 'data-ruta': ruta, class: 'editor-candidata' });
  area.value = estado.detalle.archivos[ruta];
  estado.candidata.set(ruta, area);
  $('candidata').append(el('div', { class: 'archivo-candidato' }, el('strong', {}, ruta), ' ',
    el('button', { type: 'button', onclick: (evento) => { estado.candidata.delete(ruta); evento.target.parentElement.remove(); } },
      'Quitar de la candidata'), area));
}

function formularioCandidata() {
  const datos = new FormData();
  datos.append('dominio', estado.dominio);
  estado.candidata.forEach((area, ruta) => datos.append('archivos', new Blob([area.value], { type: 'text/plain' }), ruta));
  if ($('directorio').value.trim()) datos.append('directorio', $('directorio').value.trim());
  return datos;
}

async function validarCandidata() {
  const { estado: codigo, json } = await api('/api/v1/reglas/candidata', { method: 'POST', body: formularioCandidata() });
  if (codigo !== 200) { mostrar('simulacion', el('h3', {}, `La candidata no es válida (${codigo})`), problema(json)); return; }
  mostrar('simulacion', el('p', {}, `La candidata compila: versión ${json.versionReglas}.`), cambiosDeReglas(json.cambios));
}

async function simular() {
  const datos = formularioCandidata();
  const origen = [$('origen-ejemplos').checked ? 'ejemplos' : null, $('origen-features').checked ? 'features' : null].filter(Boolean);
  if ($('casos').files.length) datos.append('casos', $('casos').files[0]);
  else datos.append('origen', origen.join(',') || 'ejemplos');
  datos.append('detalle', $('detalle-todos').checked ? 'todos' : 'cambios');
  mostrar('simulacion', el('p', {}, 'Simulando…'));
  const { estado: codigo, json } = await api('/api/v1/reglas/simular', { method: 'POST', body: datos });
  if (codigo !== 200) { mostrar('simulacion', el('h3', {}, `No se pudo simular (${codigo})`), problema(json)); return; }
  if (json.error) { mostrar('simulacion', el('p', { class: 'error' }, json.error)); return; }
  const resumen = json.resumen;
  mostrar('simulacion',
    el('p', {}, `Reglas activas ${json.versionActiva} → candidata ${json.versionCandidata}: ${resumen.total} casos `
      + `(${resumen.invalidos} inválidos), ${resumen.cambian} cambian, ${resumen.sinCambios} sin cambios, en ${resumen.milisegundos} ms.`),
    cambiosDeReglas(json.cambiosDeReglas),
    el('h3', {}, 'Transiciones'), cuentas('transiciones', resumen.transiciones),
    el('h3', {}, 'Causales ganadas y perdidas (casos)'),
    el('div', { class: 'fila' }, cuentas('causales-ganadas', resumen.causalesGanadas), cuentas('causales-perdidas', resumen.causalesPerdidas)),
    el('h3', {}, 'Acciones ganadas y perdidas (casos)'),
    el('div', { class: 'fila' }, cuentas('acciones-ganadas', resumen.accionesGanadas), cuentas('acciones-perdidas', resumen.accionesPerdidas)),
    el('h3', {}, 'Dinero'),
    el('table', { id: 'totales-dinero' }, el('tr', {}, el('th', {}, 'campo'), el('th', {}, 'antes'), el('th', {}, 'después'), el('th', {}, 'diferencia')),
      Object.entries(resumen.dinero).map(([campo, total]) => el('tr', {}, el('td', {}, campo), el('td', {}, total.antes),
        el('td', {}, total.despues), el('td', {}, total.diferencia)))),
    el('h3', {}, 'Casos'),
    el('table', { id: 'casos-simulados' }, el('tr', {}, el('th', {}, 'origen'), el('th', {}, 'caso'), el('th', {}, 'antes'), el('th', {}, 'después')),
      json.casos.map(casoSimulado)));
}

function cuentas(id, mapa) {
  const filas = Object.entries(mapa || {});
  if (!filas.length) return el('p', { id }, 'ninguna');
  return el('table', { id }, filas.map(([nombre, cuenta]) => el('tr', {}, el('td', {}, `${nombre}: ${cuenta}`))));
}

function cambiosDeReglas(cambios) {
  if (!cambios || !cambios.length) return el('p', {}, 'La candidata no cambia ninguna regla.');
  return el('ul', { id: 'cambios-de-reglas' }, cambios.map((cambio) => el('li', {}, `${cambio.dominio}: `,
    ['archivosCambiados', 'archivosAnadidos', 'archivosQuitados', 'reglasCambiadas', 'reglasAnadidas', 'reglasQuitadas']
      .filter((clave) => cambio[clave].length).map((clave) => `${clave} ${cambio[clave].join(', ')}; `))));
}

function casoSimulado(caso) {
  const describir = (desenlace) => desenlace ? `${desenlace.resultado} ${desenlace.causales.join(', ')} `
    + Object.entries(desenlace.dinero).map(([campo, valor]) => `${campo}=${valor}`).join(' ') : 'inválido';
  return el('tr', {}, el('td', {}, el('code', {}, caso.origen)), el('td', {}, [caso.nombre, caso.identificador].filter(Boolean).join(' — ')),
    el('td', {}, describir(caso.antes)), el('td', {}, describir(caso.despues)));
}

async function publicar() {
  if (!confirm('¿Publicar la candidata? Queda activa para todas las decisiones.')) return;
  const { estado: codigo, json } = await api('/api/v1/reglas/publicar', { method: 'POST', body: formularioCandidata() });
  if (codigo !== 200) { mostrar('simulacion', el('h3', {}, `No se publicó (${codigo})`), problema(json)); return; }
  mostrar('simulacion', el('p', {}, `Publicada: versión ${json.versionAnterior} → ${json.versionReglas}.`));
  await cargarDominios();
}

// --- versiones -----------------------------------------------------------------------------------------------------

async function cargarVersiones() {
  const { estado: codigo, json } = await api('/api/v1/reglas/versiones');
  if (codigo !== 200) { mostrar('versiones', problema(json)); return; }
  mostrar('versiones', el('table', { id: 'tabla-versiones' },
    el('tr', {}, el('th', {}, 'versionReglas'), el('th', {}, 'cuándo'), el('th', {}, 'quién'), el('th', {}, `${estado.dominio}`),
      el('th', {}, 'archivos cambiados'), el('th', {}, '')),
    json.versiones.map((version) => el('tr', {},
      el('td', {}, el('code', {}, version.versionReglas), version.activa ? el('span', { class: 'activa-marca' }, ' activa') : ''),
      el('td', {}, version.cuando), el('td', {}, version.quien), el('td', {}, el('code', {}, version.versionesPorDominio[estado.dominio] || '')),
      el('td', {}, (version.archivosCambiados || []).join(', ')),
      el('td', {}, version.activa ? '' : [
        el('button', { type: 'button', onclick: () => diferencias(version.versionReglas) }, 'Qué cambió'), ' ',
        el('button', { type: 'button', onclick: () => revertir(version.versionReglas) }, 'Revertir a esta')])))));
}

async function diferencias(desde) {
  const { estado: codigo, json } = await api(`/api/v1/reglas/diferencias?desde=${desde}`);
  if (codigo !== 200) { mostrar('diferencias', problema(json)); return; }
  mostrar('diferencias', el('h3', {}, `De ${json.desde} a la activa ${json.hasta}`), cambiosDeReglas(json.dominios));
}

async function revertir(version) {
  if (!confirm(`¿Revertir a la versión ${version}? Se escribe en el directorio de reglas y queda activa.`)) return;
  const { estado: codigo, json } = await api(`/api/v1/reglas/revertir?versionReglas=${version}`, { method: 'POST' });
  if (codigo !== 200) { mostrar('diferencias', problema(json)); return; }
  avisar(`Revertidas: ${json.versionAnterior} → ${json.versionReglas}`);
  await cargarDominios();
  await cargarVersiones();
}

// --- cobertura -----------------------------------------------------------------------------------------------------

async function calcularCobertura() {
  mostrar('cobertura', el('p', {}, 'Decidiendo los ejemplos y los features…'));
  const { estado: codigo, json } = await api(`/api/v1/reglas/${estado.dominio}/cobertura`);
  if (codigo !== 200) { mostrar('cobertura', problema(json)); return; }
  mostrar('cobertura',
    el('p', { id: 'resumen-cobertura' }, `${json.totalReglas} reglas, ${json.reglasSinEscenario} sin ningún caso.`),
    el('table', {}, el('tr', {}, el('th', {}, 'regla'), el('th', {}, 'archivo'), el('th', {}, 'casos que la disparan')),
      json.reglas.map((regla) => el('tr', { class: regla.escenarios.length ? '' : 'sin-escenario' },
        el('td', {}, regla.nombre), el('td', {}, el('code', {}, `${regla.archivo}:${regla.linea}`)),
        el('td', {}, regla.escenarios.length ? el('details', {}, el('summary', {}, `${regla.escenarios.length} caso(s)`),
          el('ul', {}, regla.escenarios.map((escenario) => el('li', {}, el('code', {}, escenario))))) : 'ninguno')))));
}

// --- pestañas y arranque -------------------------------------------------------------------------------------------

function pestana(nombre) {
  document.querySelectorAll('nav button').forEach((boton) => boton.classList.toggle('activa', boton.dataset.pestana === nombre));
  document.querySelectorAll('main > section').forEach((seccion) => { seccion.hidden = seccion.id !== `pestana-${nombre}`; });
  if (nombre === 'versiones') cargarVersiones();
}

document.querySelectorAll('nav button').forEach((boton) => boton.addEventListener('click', () => pestana(boton.dataset.pestana)));
$('usar-clave').addEventListener('click', () => { sessionStorage.setItem('clave', $('clave').value.trim()); cargarDominios(); });
$('dominio').addEventListener('change', cambiarDominio);
$('ejemplo').addEventListener('change', elegirEjemplo);
$('decidir').addEventListener('click', decidir);
$('editar-archivo').addEventListener('click', () => editarEnCandidata($('archivo-activo').value));
$('validar-candidata').addEventListener('click', validarCandidata);
$('simular').addEventListener('click', simular);
$('publicar').addEventListener('click', publicar);
$('calcular-cobertura').addEventListener('click', calcularCobertura);
$('clave').value = sessionStorage.getItem('clave') || '';
cargarDominios();
