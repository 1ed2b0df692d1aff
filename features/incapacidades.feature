# language: es
Característica: Auditoría de incapacidades temporales (IT) de una ARL
  La auditoría decide cada IT radicada (aprobar, objetar, devolver o dejar pendiente) dentro de 5 días
  hábiles, explica la decisión con todas sus causales y dice qué hacer y para cuándo
  (spec/incapacidades.md). La solicitud base es una IT que se aprueba; cada fila cambia solo lo que su
  caso necesita. Para añadir un caso basta una fila en la tabla Ejemplos. Los valores que se fijan van
  entre comillas simples en los pasos para que una celda pueda traer JSON con comillas dobles.

  Antecedentes:
    Dado una solicitud de "incapacidades" como esta:
      """
      {
        "idIncapacidad": "IT-2026-000123",
        "fechaRadicacion": "2026-03-30",
        "solicitante": "EMPRESA",
        "certificado": {
          "fechaExpedicion": "2026-03-27", "fechaInicio": "2026-03-27", "dias": 10,
          "diagnosticoCie10": "S82.2", "modalidad": "PRESENCIAL", "ambitoAtencion": "AMBULATORIO", "formato": "IPS",
          "medico": {"nombre": "Ana Pérez", "tipoDocumento": "CC", "numeroDocumento": "52000111",
                     "registroProfesional": "RM-12345", "registradoRethus": true, "perteneceRed": true},
          "entidad": {"nombre": "Clínica X", "nit": "900123456", "perteneceRed": true},
          "presentaEnmendaduras": false,
          "adicionManualDiagnostico": false
        },
        "afiliado": {"tipoDocumento": "CC", "numeroDocumento": "1010101010", "nombre": "Luis Gómez",
                     "fechaInicioCobertura": "2025-01-02", "vinculado": true, "empresaEspecial": false},
        "siniestro": {"id": "SIN-778", "tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-03-26",
                      "origen": "LABORAL", "origenEnFirme": true, "diagnosticosCalificados": ["S82.2", "S80.0"],
                      "pclCalificada": null, "pclEnFirme": false, "relacionadoCovid19": false},
        "historiaClinicaAdjunta": true,
        "ultimaArlSoportada": null,
        "incapacidadesPreviasFueraDeRed": 0,
        "diasAcumuladosPrevios": 0,
        "radicacionesDelMismoPeriodo": [],
        "fechaEvaluacion": "2026-03-31"
      }
      """

  Escenario: una IT que cumple todo se aprueba y vence 5 días hábiles después de radicada
    Cuando pido la decisión
    Entonces el resultado es "APROBADA"
    Y las causales son "ninguna"
    Y las acciones son "ninguna"
    Y el campo "idIncapacidad" de la respuesta vale "IT-2026-000123"
    Y el campo "fechaLimiteDecision" de la respuesta vale "2026-04-08"
    Y el campo "fechaFinIncapacidad" de la respuesta vale "2026-04-05"
    Y el campo "diasAcumulados" de la respuesta vale "10"
    Y el campo "plazoVencido" de la respuesta vale "false"
    Y el campo "dominio" de la respuesta vale "incapacidades"
    Y las reglas aplicadas incluyen "La decisión de una incapacidad vence 5 días hábiles después de su radicación"

  Esquema del escenario: causal del catálogo: <caso>
    Dado que el campo "<campo 1>" vale '<valor 1>'
    Y que el campo "<campo 2>" vale '<valor 2>'
    Y que el campo "<campo 3>" vale '<valor 3>'
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"

    Ejemplos:
      | caso                                                  | campo 1                                | valor 1     | campo 2                               | valor 2       | campo 3            | valor 3 | resultado | causales                       | acciones                                                             |
      | emisor sin documento ni registro profesional          | certificado.medico.numeroDocumento     | (ausente)   | certificado.medico.registroProfesional | (ausente)     |                    |         | DEVUELTA  | IT_EMISOR_INCOMPLETO           | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | emisor con registro y sin documento basta             | certificado.medico.numeroDocumento     | (ausente)   |                                       |               |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | emisor con documento y sin registro basta             | certificado.medico.registroProfesional | ""          |                                       |               |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | médico sin nombre                                     | certificado.medico.nombre              | "  "        |                                       |               |                    |         | DEVUELTA  | IT_EMISOR_INCOMPLETO           | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | entidad sin nombre                                    | certificado.entidad.nombre             | (ausente)   |                                       |               |                    |         | DEVUELTA  | IT_EMISOR_INCOMPLETO           | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | sin datos del médico                                  | certificado.medico                     | (ausente)   |                                       |               |                    |         | DEVUELTA  | IT_EMISOR_INCOMPLETO           | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | sin datos de la entidad                               | certificado.entidad                    | null        |                                       |               |                    |         | DEVUELTA  | IT_EMISOR_INCOMPLETO           | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | enmendaduras                                          | certificado.presentaEnmendaduras       | true        |                                       |               |                    |         | OBJETADA  | IT_ENMENDADURAS                | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | médico de la red sin ReTHUS                           | certificado.medico.registradoRethus    | false       |                                       |               |                    |         | OBJETADA  | IT_MEDICO_NO_RETHUS            | NOTIFICAR_SINIESTRADO_Y_EMPRESA, NOTIFICAR_GERENCIA_MEDICA           |
      | médico fuera de la red sin ReTHUS                     | certificado.medico.registradoRethus    | false       | certificado.medico.perteneceRed       | false         |                    |         | OBJETADA  | IT_MEDICO_NO_RETHUS            | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | formato de medicina prepagada                         | certificado.formato                    | PREPAGADA   |                                       |               |                    |         | OBJETADA  | IT_FORMATO_PREPAGADA           | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | formato de EPS                                        | certificado.formato                    | EPS         |                                       |               |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | empieza un día antes de la cobertura                  | afiliado.fechaInicioCobertura          | 2026-03-28  |                                       |               |                    |         | OBJETADA  | IT_SIN_COBERTURA               | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | empieza el día en que empieza la cobertura            | afiliado.fechaInicioCobertura          | 2026-03-27  |                                       |               |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | origen común en firme                                 | siniestro.origen                       | COMUN       |                                       |               |                    |         | OBJETADA  | IT_ORIGEN_COMUN                | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | origen común sin firmeza                              | siniestro.origen                       | COMUN       | siniestro.origenEnFirme               | false         |                    |         | OBJETADA  | IT_ORIGEN_COMUN                | NOTIFICAR_SINIESTRADO_Y_EMPRESA, SEGUNDA_REVISION_AL_QUEDAR_EN_FIRME |
      | origen laboral sin firmeza                            | siniestro.origenEnFirme                | false       |                                       |               |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | origen sin determinar                                 | siniestro.origen                       | SIN_DETERMINAR |                                    |               |                    |         | PENDIENTE | IT_ORIGEN_SIN_DETERMINAR       | NOTIFICAR_GERENCIA_MEDICA                                            |
      | PCL de 0 % en firme                                   | siniestro.pclCalificada                | 0           | siniestro.pclEnFirme                  | true          |                    |         | OBJETADA  | IT_PCL_CERO_EN_FIRME           | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | PCL de 0 % sin firmeza                                | siniestro.pclCalificada                | 0           | siniestro.pclEnFirme                  | false         |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | PCL de 3 % en firme                                   | siniestro.pclCalificada                | 3           | siniestro.pclEnFirme                  | true          |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | diagnóstico de otra categoría con historia clínica    | certificado.diagnosticoCie10           | M54.5       |                                       |               |                    |         | PENDIENTE | IT_INCONSISTENCIA_DIAGNOSTICA  | REVISAR_CORRELACION_DIAGNOSTICA                                      |
      | diagnóstico de otra categoría sin historia clínica    | certificado.diagnosticoCie10           | M54.5       | historiaClinicaAdjunta                | false         |                    |         | PENDIENTE | IT_INCONSISTENCIA_DIAGNOSTICA  | REVISAR_CORRELACION_DIAGNOSTICA, SOLICITAR_HISTORIA_CLINICA          |
      | categoría vecina S83 no es la calificada S82          | certificado.diagnosticoCie10           | S83.2       |                                       |               |                    |         | PENDIENTE | IT_INCONSISTENCIA_DIAGNOSTICA  | REVISAR_CORRELACION_DIAGNOSTICA                                      |
      | siniestro sin diagnósticos calificados                | siniestro.diagnosticosCalificados      | []          |                                       |               |                    |         | PENDIENTE | IT_INCONSISTENCIA_DIAGNOSTICA  | REVISAR_CORRELACION_DIAGNOSTICA                                      |
      | enfermedad laboral de desvinculado sin última ARL     | siniestro.tipo                         | ENFERMEDAD_LABORAL | afiliado.vinculado             | false         |                    |         | PENDIENTE | IT_DESVINCULADO_SIN_ULTIMA_ARL | CONSULTAR_RUAF, SOLICITAR_DECLARACION_JURAMENTADA                    |
      | desvinculado con última ARL no soportada              | siniestro.tipo                         | ENFERMEDAD_LABORAL | afiliado.vinculado             | false         | ultimaArlSoportada | false   | PENDIENTE | IT_DESVINCULADO_SIN_ULTIMA_ARL | CONSULTAR_RUAF, SOLICITAR_DECLARACION_JURAMENTADA                    |
      | desvinculado que soporta ser esta la última ARL       | siniestro.tipo                         | ENFERMEDAD_LABORAL | afiliado.vinculado             | false         | ultimaArlSoportada | true    | APROBADA  | ninguna                        | ninguna                                                              |
      | enfermedad laboral de un vinculado                    | siniestro.tipo                         | ENFERMEDAD_LABORAL |                                |               |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | accidente de trabajo de un desvinculado               | afiliado.vinculado                     | false       |                                       |               |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | segunda IT fuera de la red                            | certificado.entidad.perteneceRed       | false       | incapacidadesPreviasFueraDeRed        | 1             |                    |         | PENDIENTE | IT_FUERA_DE_RED_REINCIDENTE    | EVALUAR_SUSPENSION_PRESTACIONES                                      |
      | IT de la red con IT previas fuera de la red           | incapacidadesPreviasFueraDeRed         | 3           |                                       |               |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | retroactiva de un día en consulta ambulatoria         | certificado.fechaInicio                | 2026-03-26  |                                       |               |                    |         | OBJETADA  | IT_EXPEDICION_RETROACTIVA      | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | expedida antes de empezar (no retroactiva)            | certificado.fechaExpedicion            | 2026-03-25  |                                       |               |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | retroactiva de un día en urgencias                    | certificado.fechaInicio                | 2026-03-26  | certificado.ambitoAtencion            | URGENCIAS     |                    |         | APROBADA  | ninguna                        | ninguna                                                              |
      | retroactiva de 30 días en hospitalización             | certificado.fechaInicio                | 2026-02-25  | certificado.ambitoAtencion            | HOSPITALIZACION |                  |         | APROBADA  | ninguna                        | ninguna                                                              |
      | retroactiva de 31 días en hospitalización             | certificado.fechaInicio                | 2026-02-24  | certificado.ambitoAtencion            | HOSPITALIZACION |                  |         | OBJETADA  | IT_EXPEDICION_RETROACTIVA      | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | retroactiva de 31 días en urgencias                   | certificado.fechaInicio                | 2026-02-24  | certificado.ambitoAtencion            | URGENCIAS     |                    |         | OBJETADA  | IT_EXPEDICION_RETROACTIVA      | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | sin ámbito de atención se toma ambulatorio            | certificado.fechaInicio                | 2026-03-26  | certificado.ambitoAtencion            | (ausente)     |                    |         | OBJETADA  | IT_EXPEDICION_RETROACTIVA      | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                      |
      | recobro de la EPS que cubre el último día             | radicacionesDelMismoPeriodo            | [{"id": "REC-EPS-1", "solicitante": "EPS", "fechaInicio": "2026-04-05", "dias": 3}] |  |  |  |  | OBJETADA | IT_DOBLE_COBRO | NOTIFICAR_SINIESTRADO_Y_EMPRESA |
      | recobro de la EPS que empieza antes y cubre el primero | radicacionesDelMismoPeriodo           | [{"id": "REC-EPS-2", "solicitante": "EPS", "fechaInicio": "2026-03-20", "dias": 8}] |  |  |  |  | OBJETADA | IT_DOBLE_COBRO | NOTIFICAR_SINIESTRADO_Y_EMPRESA |
      | radicación del afiliado por el mismo periodo          | radicacionesDelMismoPeriodo            | [{"id": "IT-AF-9", "solicitante": "AFILIADO", "fechaInicio": "2026-03-30", "dias": 2}] |  |  |  |  | OBJETADA | IT_DOBLE_COBRO | NOTIFICAR_SINIESTRADO_Y_EMPRESA |
      | recobro de la EPS del día siguiente al fin            | radicacionesDelMismoPeriodo            | [{"id": "REC-EPS-3", "solicitante": "EPS", "fechaInicio": "2026-04-06", "dias": 3}] |  |  |  |  | APROBADA | ninguna | ninguna |
      | recobro de la EPS que termina el día anterior         | radicacionesDelMismoPeriodo            | [{"id": "REC-EPS-4", "solicitante": "EPS", "fechaInicio": "2026-03-20", "dias": 7}] |  |  |  |  | APROBADA | ninguna | ninguna |
      | otra radicación de la misma empresa                   | radicacionesDelMismoPeriodo            | [{"id": "IT-EMP-7", "solicitante": "EMPRESA", "fechaInicio": "2026-03-27", "dias": 10}] |  |  |  |  | APROBADA | ninguna | ninguna |
      | la misma IT vista en el cruce de radicaciones         | radicacionesDelMismoPeriodo            | [{"id": "IT-2026-000123", "solicitante": "EPS", "fechaInicio": "2026-03-27", "dias": 10}] |  |  |  |  | APROBADA | ninguna | ninguna |

  Escenario: un doble cobro dice qué radicación y qué días se solapan
    Dado que el campo "radicacionesDelMismoPeriodo" vale '[{"id": "REC-EPS-1", "solicitante": "EPS", "fechaInicio": "2026-04-03", "dias": 30}]'
    Cuando pido la decisión
    Entonces el resultado es "OBJETADA"
    Y el campo "cobrosSolapados[0].idRadicacion" de la respuesta vale "REC-EPS-1"
    Y el campo "cobrosSolapados[0].solicitante" de la respuesta vale "EPS"
    Y el campo "cobrosSolapados[0].desde" de la respuesta vale "2026-04-03"
    Y el campo "cobrosSolapados[0].hasta" de la respuesta vale "2026-04-05"

  Esquema del escenario: excepción a la objeción por prepagada: <caso>
    Dado que el campo "certificado.formato" vale "PREPAGADA"
    Y que el campo "afiliado.empresaEspecial" vale '<empresaEspecial>'
    Y que el campo "siniestro.relacionadoCovid19" vale '<covid19>'
    Y que el campo "siniestro.origen" vale '<origen>'
    Y que el campo "certificado.diagnosticoCie10" vale '<diagnostico>'
    Y que el campo "siniestro.diagnosticosCalificados" vale '<calificados>'
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las reglas aplicadas incluyen "<regla>"

    Ejemplos:
      | caso                                                 | empresaEspecial | covid19 | origen         | diagnostico | calificados | resultado | causales                                       | regla |
      | afiliado de empresa especial                         | true            |         |                |             |             | APROBADA  | ninguna                                        | Un certificado de prepagada de un afiliado de empresa especial no se objeta por el formato |
      | evento COVID-19 de origen laboral                    |                 | true    |                |             |             | APROBADA  | ninguna                                        | Un certificado de prepagada por un siniestro COVID-19 de origen laboral no se objeta por el formato |
      | diagnóstico COVID-19 U07.1 de origen laboral         |                 |         |                | U07.1       | ["U07.1"]   | APROBADA  | ninguna                                        | Un certificado de prepagada con diagnóstico de COVID-19 de origen laboral no se objeta por el formato |
      | evento COVID-19 de origen común                      |                 | true    | COMUN          |             |             | OBJETADA  | IT_FORMATO_PREPAGADA, IT_ORIGEN_COMUN          | Un certificado en formato de medicina prepagada se objeta |
      | evento COVID-19 sin origen determinado               |                 | true    | SIN_DETERMINAR |             |             | OBJETADA  | IT_FORMATO_PREPAGADA, IT_ORIGEN_SIN_DETERMINAR | Un certificado en formato de medicina prepagada se objeta |
      | empresa especial con origen común no salva el origen | true            |         | COMUN          |             |             | OBJETADA  | IT_ORIGEN_COMUN                                | Un certificado de prepagada de un afiliado de empresa especial no se objeta por el formato |
      | ni empresa especial ni COVID-19                      | false           | false   |                |             |             | OBJETADA  | IT_FORMATO_PREPAGADA                           | Un certificado en formato de medicina prepagada se objeta |

  Esquema del escenario: precedencia con varias causales a la vez: <caso>
    Dado que el campo "<campo 1>" vale '<valor 1>'
    Y que el campo "<campo 2>" vale '<valor 2>'
    Y que el campo "<campo 3>" vale '<valor 3>'
    Y que el campo "<campo 4>" vale '<valor 4>'
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"

    Ejemplos:
      | caso                                     | campo 1                           | valor 1        | campo 2                          | valor 2        | campo 3                        | valor 3 | campo 4                        | valor 4 | resultado | causales                                                                   | acciones |
      | objeción gana a devolución               | certificado.presentaEnmendaduras  | true           | certificado.entidad.nombre       | (ausente)      |                                |         |                                |         | OBJETADA  | IT_EMISOR_INCOMPLETO, IT_ENMENDADURAS                                      | NOTIFICAR_SINIESTRADO_Y_EMPRESA |
      | devolución gana a pendiente              | certificado.medico.nombre         | (ausente)      | siniestro.origen                 | SIN_DETERMINAR |                                |         |                                |         | DEVUELTA  | IT_EMISOR_INCOMPLETO, IT_ORIGEN_SIN_DETERMINAR                             | NOTIFICAR_SINIESTRADO_Y_EMPRESA, NOTIFICAR_GERENCIA_MEDICA |
      | objeción gana a pendiente                | siniestro.origen                  | COMUN          | certificado.diagnosticoCie10     | M54.5          |                                |         |                                |         | OBJETADA  | IT_ORIGEN_COMUN, IT_INCONSISTENCIA_DIAGNOSTICA                             | NOTIFICAR_SINIESTRADO_Y_EMPRESA, REVISAR_CORRELACION_DIAGNOSTICA |
      | dos pendientes siguen pendientes         | siniestro.origen                  | SIN_DETERMINAR | certificado.entidad.perteneceRed | false          | incapacidadesPreviasFueraDeRed | 2       |                                |         | PENDIENTE | IT_ORIGEN_SIN_DETERMINAR, IT_FUERA_DE_RED_REINCIDENTE                      | NOTIFICAR_GERENCIA_MEDICA, EVALUAR_SUSPENSION_PRESTACIONES |
      | objeción, devolución y pendiente         | certificado.formato               | PREPAGADA      | certificado.medico               | (ausente)      | certificado.diagnosticoCie10   | J45.0   |                                |         | OBJETADA  | IT_EMISOR_INCOMPLETO, IT_FORMATO_PREPAGADA, IT_INCONSISTENCIA_DIAGNOSTICA  | NOTIFICAR_SINIESTRADO_Y_EMPRESA, REVISAR_CORRELACION_DIAGNOSTICA |
      | devolución gana al pendiente de desvinculado | certificado.medico.numeroDocumento | (ausente)     | certificado.medico.registroProfesional | (ausente) | siniestro.tipo              | ENFERMEDAD_LABORAL | afiliado.vinculado  | false   | DEVUELTA  | IT_EMISOR_INCOMPLETO, IT_DESVINCULADO_SIN_ULTIMA_ARL                       | NOTIFICAR_SINIESTRADO_Y_EMPRESA, CONSULTAR_RUAF, SOLICITAR_DECLARACION_JURAMENTADA |
      | cuatro objeciones se listan todas        | certificado.presentaEnmendaduras  | true           | certificado.medico.registradoRethus | false       | afiliado.fechaInicioCobertura  | 2026-04-01 | siniestro.origen            | COMUN   | OBJETADA  | IT_ENMENDADURAS, IT_MEDICO_NO_RETHUS, IT_SIN_COBERTURA, IT_ORIGEN_COMUN    | NOTIFICAR_SINIESTRADO_Y_EMPRESA, NOTIFICAR_GERENCIA_MEDICA |
      | médico sin ReTHUS y primera IT fuera de red | certificado.medico.registradoRethus | false      | certificado.entidad.perteneceRed | false          |                                |         |                                |         | OBJETADA  | IT_MEDICO_NO_RETHUS                                                        | NOTIFICAR_SINIESTRADO_Y_EMPRESA, NOTIFICAR_GERENCIA_MEDICA, VALIDAR_VERACIDAD_SOPORTE, REDIRIGIR_A_RED |

  Esquema del escenario: fechas límite en días hábiles colombianos: <caso>
    Dado que el campo "fechaRadicacion" vale '<radicacion>'
    Y que el campo "certificado.fechaExpedicion" vale '<radicacion>'
    Y que el campo "certificado.fechaInicio" vale '<radicacion>'
    Y que el campo "siniestro.fecha" vale '<radicacion>'
    Y que el campo "fechaEvaluacion" vale '<evaluacion>'
    Y que el campo "<campo 1>" vale '<valor 1>'
    Y que el campo "<campo 2>" vale '<valor 2>'
    Cuando pido la decisión
    Entonces el campo "fechaLimiteDecision" de la respuesta vale "<limite>"
    Y el campo "plazoVencido" de la respuesta vale "<vencido>"
    Y la acción "<accion>" vence el "<limite>"

    Ejemplos:
      | caso                                                  | radicacion | evaluacion | campo 1                          | valor 1        | campo 2                | valor 2 | accion                          | limite     | vencido |
      | lunes antes de Semana Santa salta jueves y viernes    | 2026-03-30 |            | certificado.presentaEnmendaduras | true           |                        |         | NOTIFICAR_SINIESTRADO_Y_EMPRESA | 2026-04-08 | false   |
      | 2 de enero: el 6 es hábil y el festivo pasa al 12     | 2026-01-02 | 2026-01-02 | certificado.entidad.nombre       | (ausente)      |                        |         | NOTIFICAR_SINIESTRADO_Y_EMPRESA | 2026-01-09 | false   |
      | víspera de Navidad salta el 25 y el 1 de enero        | 2025-12-24 | 2025-12-24 | certificado.presentaEnmendaduras | true           |                        |         | NOTIFICAR_SINIESTRADO_Y_EMPRESA | 2026-01-02 | false   |
      | fin de 2026 salta el 1 de enero y el 6 de 2027 es hábil | 2026-12-30 | 2026-12-30 | siniestro.origen              | SIN_DETERMINAR |                        |         | NOTIFICAR_GERENCIA_MEDICA       | 2027-01-07 | false   |
      | San José trasladado al lunes 23 de marzo              | 2026-03-20 | 2026-03-20 | certificado.diagnosticoCie10     | M54.5          |                        |         | REVISAR_CORRELACION_DIAGNOSTICA | 2026-03-30 | false   |
      | Ascensión trasladada al lunes 18 de mayo              | 2026-05-15 | 2026-05-15 | certificado.diagnosticoCie10     | M54.5          | historiaClinicaAdjunta | false   | SOLICITAR_HISTORIA_CLINICA      | 2026-05-25 | false   |
      | Corpus Christi y Sagrado Corazón en junio             | 2026-06-05 | 2026-06-05 | siniestro.tipo                   | ENFERMEDAD_LABORAL | afiliado.vinculado | false   | CONSULTAR_RUAF                  | 2026-06-16 | false   |
      | radicada un sábado cuenta desde el lunes              | 2026-04-04 | 2026-04-04 | certificado.entidad.perteneceRed | false          |                        |         | VALIDAR_VERACIDAD_SOPORTE       | 2026-04-10 | false   |
      | radicada un domingo cuenta desde el lunes             | 2026-04-05 | 2026-04-05 | certificado.entidad.perteneceRed | false          | incapacidadesPreviasFueraDeRed | 1 | EVALUAR_SUSPENSION_PRESTACIONES | 2026-04-10 | false   |
      | evaluada el día límite no está vencida                | 2026-03-30 | 2026-04-08 | certificado.medico.registradoRethus | false       |                        |         | NOTIFICAR_GERENCIA_MEDICA       | 2026-04-08 | false   |
      | evaluada el día siguiente al límite está vencida      | 2026-03-30 | 2026-04-09 | certificado.medico.registradoRethus | false       |                        |         | NOTIFICAR_SINIESTRADO_Y_EMPRESA | 2026-04-08 | true    |

  Esquema del escenario: efectos que no son causales: <caso>
    Dado que el campo "<campo 1>" vale '<valor 1>'
    Y que el campo "<campo 2>" vale '<valor 2>'
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y el campo "observaciones[0].codigo" de la respuesta vale "<observacion>"
    Y el campo "diasAcumulados" de la respuesta vale "<diasAcumulados>"

    Ejemplos:
      | caso                                              | campo 1                               | valor 1      | campo 2                          | valor 2 | resultado | causales                      | acciones                                                           | observacion                | diasAcumulados |
      | telemedicina se aprueba como la presencial         | certificado.modalidad                 | TELEMEDICINA |                                  |         | APROBADA  | ninguna                       | ninguna                                                            | TELEMEDICINA               |                |
      | telemedicina con enmendaduras se objeta igual      | certificado.modalidad                 | TELEMEDICINA | certificado.presentaEnmendaduras | true    | OBJETADA  | IT_ENMENDADURAS               | NOTIFICAR_SINIESTRADO_Y_EMPRESA                                    | TELEMEDICINA               |                |
      | diagnóstico añadido a mano pertinente              | certificado.adicionManualDiagnostico  | true         |                                  |         | APROBADA  | ninguna                       | ninguna                                                            | ADICION_MANUAL_DIAGNOSTICO |                |
      | diagnóstico añadido a mano no pertinente           | certificado.adicionManualDiagnostico  | true         | certificado.diagnosticoCie10     | F32.0   | PENDIENTE | IT_INCONSISTENCIA_DIAGNOSTICA | REVISAR_CORRELACION_DIAGNOSTICA                                    | ADICION_MANUAL_DIAGNOSTICO |                |
      | misma categoría CIE-10 con otro código se homologa | certificado.diagnosticoCie10          | S82.3        |                                  |         | APROBADA  | ninguna                       | ninguna                                                            | HOMOLOGACION_DIAGNOSTICA   |                |
      | homologación con código sin punto y minúsculas     | certificado.diagnosticoCie10          | s8001        |                                  |         | APROBADA  | ninguna                       | ninguna                                                            | HOMOLOGACION_DIAGNOSTICA   |                |
      | mismo código calificado no necesita homologar      | certificado.diagnosticoCie10          | S800         |                                  |         | APROBADA  | ninguna                       | ninguna                                                            | (ausente)                  |                |
      | PCL de 30 % en firme: recaída de IPP posible       | siniestro.pclCalificada               | 30           | siniestro.pclEnFirme             | true    | APROBADA  | ninguna                       | ninguna                                                            | RECAIDA_IPP                |                |
      | PCL de 5,1 %: recaída de IPP posible               | siniestro.pclCalificada               | 5.1          |                                  |         | APROBADA  | ninguna                       | ninguna                                                            | RECAIDA_IPP                |                |
      | PCL de 5 % exactos no anota recaída                | siniestro.pclCalificada               | 5            | siniestro.pclEnFirme             | true    | APROBADA  | ninguna                       | ninguna                                                            | (ausente)                  |                |
      | primera IT fuera de la red                         | certificado.entidad.perteneceRed      | false        |                                  |         | APROBADA  | ninguna                       | VALIDAR_VERACIDAD_SOPORTE, REDIRIGIR_A_RED                         | (ausente)                  |                |
      | 180 días acumulados justos                         | diasAcumuladosPrevios                 | 170          |                                  |         | APROBADA  | ninguna                       | ninguna                                                            |                            | 180            |
      | 181 días acumulados piden rehabilitación           | diasAcumuladosPrevios                 | 171          |                                  |         | APROBADA  | ninguna                       | REQUIERE_CONCEPTO_REHABILITACION                                   |                            | 181            |
      | 360 días acumulados justos                         | diasAcumuladosPrevios                 | 350          |                                  |         | APROBADA  | ninguna                       | REQUIERE_CONCEPTO_REHABILITACION                                   |                            | 360            |
      | 361 días acumulados inician calificación de PCL    | diasAcumuladosPrevios                 | 351          |                                  |         | APROBADA  | ninguna                       | REQUIERE_CONCEPTO_REHABILITACION, INICIAR_CALIFICACION_PCL         |                            | 361            |
      | acumulado con un certificado largo                 | diasAcumuladosPrevios                 | 150          | certificado.dias                 | 31      | APROBADA  | ninguna                       | REQUIERE_CONCEPTO_REHABILITACION                                   |                            | 181            |
      | acumulado enorme no se desborda                    | diasAcumuladosPrevios                 | 2147483647   |                                  |         | APROBADA  | ninguna                       | REQUIERE_CONCEPTO_REHABILITACION, INICIAR_CALIFICACION_PCL         |                            | 2147483657     |

  Esquema del escenario: entrada imposible da 400 que nombra el campo: <caso>
    Dado que el campo "<campo>" vale '<valor>'
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "<error>"

    Ejemplos:
      | caso                                    | campo                                     | valor          | error                                     |
      | cero días                               | certificado.dias                          | 0              | certificado.dias                          |
      | días negativos                          | certificado.dias                          | -3             | certificado.dias                          |
      | días con decimales                      | certificado.dias                          | 1.5            | certificado.dias                          |
      | días como texto                         | certificado.dias                          | diez           | certificado.dias                          |
      | sin días                                | certificado.dias                          | (ausente)      | certificado.dias                          |
      | fecha de inicio que no existe           | certificado.fechaInicio                   | 2026-02-30     | certificado.fechaInicio                   |
      | fecha de radicación en otro formato     | fechaRadicacion                           | 30/03/2026     | fechaRadicacion                           |
      | radicación posterior a la evaluación    | fechaRadicacion                           | 2026-04-20     | fechaRadicacion                           |
      | campo desconocido en el certificado     | certificado.diasHabiles                   | 10             | certificado.diasHabiles                   |
      | sin fecha de radicación                 | fechaRadicacion                           | (ausente)      | fechaRadicacion                           |
      | inicio después de la radicación         | certificado.fechaInicio                   | 2026-03-31     | certificado.fechaInicio                   |
      | expedición después de la radicación     | certificado.fechaExpedicion               | 2026-04-01     | certificado.fechaExpedicion               |
      | siniestro después de la radicación      | siniestro.fecha                           | 2026-04-02     | siniestro.fecha                           |
      | solicitante desconocido                 | solicitante                               | ARL            | solicitante                               |
      | formato desconocido                     | certificado.formato                       | PARTICULAR     | certificado.formato                       |
      | modalidad desconocida                   | certificado.modalidad                     | VIRTUAL        | certificado.modalidad                     |
      | ámbito de atención desconocido          | certificado.ambitoAtencion                | DOMICILIO      | certificado.ambitoAtencion                |
      | tipo de siniestro desconocido           | siniestro.tipo                            | ENFERMEDAD_COMUN | siniestro.tipo                          |
      | origen desconocido                      | siniestro.origen                          | MIXTO          | siniestro.origen                          |
      | sin certificado                         | certificado                               | (ausente)      | certificado                               |
      | certificado nulo                        | certificado                               | null           | certificado                               |
      | certificado que no es objeto            | certificado                               | "IT"           | certificado                               |
      | sin afiliado                            | afiliado                                  | (ausente)      | afiliado                                  |
      | sin siniestro                           | siniestro                                 | (ausente)      | siniestro                                 |
      | sin identificador de la IT              | idIncapacidad                             | (ausente)      | idIncapacidad                             |
      | diagnóstico que no es CIE-10            | certificado.diagnosticoCie10              | XYZ            | certificado.diagnosticoCie10              |
      | diagnóstico calificado que no es CIE-10 | siniestro.diagnosticosCalificados         | ["S82.2", "zz"] | siniestro.diagnosticosCalificados[1]     |
      | sin consulta en ReTHUS                  | certificado.medico.registradoRethus       | (ausente)      | certificado.medico.registradoRethus       |
      | ReTHUS que no es booleano               | certificado.medico.registradoRethus       | quizas         | certificado.medico.registradoRethus       |
      | sin saber si la entidad es de la red    | certificado.entidad.perteneceRed          | (ausente)      | certificado.entidad.perteneceRed          |
      | sin inicio de cobertura                 | afiliado.fechaInicioCobertura             | (ausente)      | afiliado.fechaInicioCobertura             |
      | sin saber si está vinculado             | afiliado.vinculado                        | (ausente)      | afiliado.vinculado                        |
      | PCL mayor que 100                       | siniestro.pclCalificada                   | 120            | siniestro.pclCalificada                   |
      | días previos negativos                  | diasAcumuladosPrevios                     | -1             | diasAcumuladosPrevios                     |
      | IT previas fuera de red negativas       | incapacidadesPreviasFueraDeRed            | -2             | incapacidadesPreviasFueraDeRed            |
      | otra radicación con cero días           | radicacionesDelMismoPeriodo               | [{"id": "R-1", "solicitante": "EPS", "fechaInicio": "2026-03-27", "dias": 0}] | radicacionesDelMismoPeriodo[0].dias |
      | otra radicación de solicitante inválido | radicacionesDelMismoPeriodo               | [{"id": "R-1", "solicitante": "IPS", "fechaInicio": "2026-03-27", "dias": 2}] | radicacionesDelMismoPeriodo[0].solicitante |
      | otra radicación nula                    | radicacionesDelMismoPeriodo               | [null]         | radicacionesDelMismoPeriodo[0]            |
      | radicación en un año absurdo            | fechaRadicacion                           | +999999999-12-31 | fechaRadicacion                         |
      | inicio en un año absurdo                | certificado.fechaInicio                   | -999999999-01-01 | certificado.fechaInicio                 |
      | evaluación en un año absurdo            | fechaEvaluacion                           | 99999-01-01    | fechaEvaluacion                           |
      | otra radicación en un año absurdo       | radicacionesDelMismoPeriodo               | [{"id": "R-1", "solicitante": "EPS", "fechaInicio": "+999999999-12-31", "dias": 10}] | radicacionesDelMismoPeriodo[0].fechaInicio |
      | días fuera del rango de los enteros     | certificado.dias                          | 99999999999    | certificado.dias                          |
      | PCL que no es un número                 | siniestro.pclCalificada                   | "NaN"          | siniestro.pclCalificada                   |

  Escenario: cuerpo que no es JSON da 400 problem+json
    Cuando envío a "/api/v1/incapacidades/decide" el cuerpo:
      """
      {"idIncapacidad": "IT-1", "certificado": 
      """
    Entonces la respuesta es un error 400

  Escenario: los ejemplos de examples/incapacidades se deciden en un lote sin que el inválido lo tumbe
    Dado un lote de "incapacidades" con los casos de "examples/incapacidades-lote.json"
    Cuando pido la decisión del lote
    Entonces el campo "resultados[0].resultado" de la respuesta vale "APROBADA"
    Y el campo "resultados[1].resultado" de la respuesta vale "OBJETADA"
    Y el campo "resultados[2].resultado" de la respuesta vale "DEVUELTA"
    Y el campo "resultados[3].resultado" de la respuesta vale "PENDIENTE"
    Y el campo "resultados[4].error.status" de la respuesta vale "400"
    Y el campo "resumen.total" de la respuesta vale "5"
    Y el campo "resumen.errores" de la respuesta vale "1"
    Y el campo "resumen.porResultado.APROBADA" de la respuesta vale "1"
    Y el campo "resumen.porResultado.OBJETADA" de la respuesta vale "1"
    Y el campo "resumen.porCausal.IT_DOBLE_COBRO" de la respuesta vale "1"
    Y el campo "resumen.porCausal.IT_EMISOR_INCOMPLETO" de la respuesta vale "1"
