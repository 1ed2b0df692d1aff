# language: es
Característica: Garantías GES de oportunidad: clasificación de cada garantía y tablas del informe de fiscalización
  El asegurador (ISAPRE o FONASA) demuestra que cada garantía explícita se otorgó dentro de su plazo o se
  exceptuó válidamente; el fiscalizador clasifica cada garantía y publica tablas (spec/ges.md, seed 004:
  Informe de Fiscalización N°33/2013). Los plazos son en días corridos. La garantía base empieza el
  2012-05-02 y vence el 2012-06-01 (30 días); se fiscaliza el 2013-02-28 (nada de lo que consta puede ser
  posterior a esa fecha). Para añadir un caso basta una fila en la tabla Ejemplos.

  Antecedentes:
    Dado una solicitud de "ges" como esta:
      """
      {
        "idGarantia": "G-2012-00017",
        "asegurador": "Colmena",
        "problemaSalud": "21",
        "tipoGarantia": "CONFIRMACION_DIAGNOSTICA",
        "fechaInicio": "2012-05-02",
        "fechaLimite": "2012-06-01",
        "fechaCumplimiento": null,
        "excepcion": null,
        "casoCerrado": null,
        "evaluabilidad": "EVALUABLE",
        "fechaEvaluacion": "2013-02-28"
      }
      """

  Esquema del escenario: <caso>
    Dado que el campo "evaluabilidad" vale "<evaluabilidad>"
    Y que el campo "fechaInicio" vale "<inicio>"
    Y que el campo "fechaCumplimiento" vale "<cumplimiento>"
    Y que el campo "excepcion.causa" vale "<causa>"
    Y que el campo "excepcion.fecha" vale "<fechaExcepcion>"
    Y que el campo "casoCerrado.motivo" vale "<cierre>"
    Y que el campo "fechaEvaluacion" vale "<evaluacion>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y el campo "grupo" de la respuesta vale "<grupo>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y el campo "diasRetraso" de la respuesta vale "<diasRetraso>"
    Y el campo "vecesPlazo" de la respuesta vale "<vecesPlazo>"
    Y el campo "indiceResolucion" de la respuesta vale "<indice>"
    Y el campo "nivelRiesgo" de la respuesta vale "<riesgo>"

    Ejemplos: precedencia 1, la evaluabilidad que concluyó el fiscalizador pesa más que cualquier fecha
      | caso                                             | evaluabilidad   | inicio | cumplimiento | causa       | fechaExcepcion | cierre | evaluacion | resultado       | grupo       | causales | acciones | diasRetraso | vecesPlazo | indice    | riesgo    |
      | no evaluable aunque se cumplió a tiempo          | NO_EVALUABLE    |        | 2012-05-25   |             |                |        |            | NO_EVALUABLE    | NO_EVALUADA | ninguna  | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | no concluyente aunque se exceptuó                | NO_CONCLUYENTE  |        |              | RECHAZO_GES | 2012-05-10     |        |            | NO_CONCLUYENTE  | NO_EVALUADA | ninguna  | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | ingreso erróneo aunque la fecha límite ya pasó   | INGRESO_ERRONEO |        |              |             |                |        | 2012-07-01 | INGRESO_ERRONEO | NO_EVALUADA | ninguna  | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | sin información aunque se cumplió tarde          | SIN_INFORMACION |        | 2012-06-20   |             |                |        |            | SIN_INFORMACION | NO_EVALUADA | ninguna  | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |

    Ejemplos: precedencia 2, la prestación otorgada; el día de la fecha límite todavía está dentro de plazo
      | caso                                                 | evaluabilidad | inicio     | cumplimiento | causa             | fechaExcepcion | cierre | evaluacion | resultado             | grupo    | causales | acciones | diasRetraso | vecesPlazo | indice    | riesgo    |
      | cumplida antes de la fecha límite                    |               |            | 2012-05-25   |                   |                |        |            | CUMPLIDA_DENTRO_PLAZO | CUMPLIDA | ninguna  | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | cumplida el día de la fecha límite                   |               |            | 2012-06-01   |                   |                |        |            | CUMPLIDA_DENTRO_PLAZO | CUMPLIDA | ninguna  | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | cumplida un día después de la fecha límite           |               |            | 2012-06-02   |                   |                |        |            | CUMPLIDA_FUERA_PLAZO  | CUMPLIDA | ninguna  | ninguna  | 1           | 1.03       | (ausente) | (ausente) |
      | cumplida tarde aunque se exceptuó a tiempo           |               |            | 2012-07-01   | INDICACION_MEDICA | 2012-05-10     |        |            | CUMPLIDA_FUERA_PLAZO  | CUMPLIDA | ninguna  | ninguna  | 30          | 2.00       | (ausente) | (ausente) |
      | cumplida a tiempo aunque el caso se cerró            |               |            | 2012-05-30   |                   |                | OTRO   | 2012-07-01 | CUMPLIDA_DENTRO_PLAZO | CUMPLIDA | ninguna  | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | cumplida tarde sin fecha de inicio: sin veces        |               | (ausente)  | 2012-08-15   |                   |                |        |            | CUMPLIDA_FUERA_PLAZO  | CUMPLIDA | ninguna  | ninguna  | 75          | (ausente)  | (ausente) | (ausente) |
      | veces el plazo redondeadas half-up (9 de 8 = 1,125)  |               | 2012-05-24 | 2012-06-02   |                   |                |        |            | CUMPLIDA_FUERA_PLAZO  | CUMPLIDA | ninguna  | ninguna  | 1           | 1.13       | (ausente) | (ausente) |

    Ejemplos: precedencia 3, la excepción; su causa es la causal y su fecha decide el plazo
      | caso                                                  | evaluabilidad | inicio | cumplimiento | causa                         | fechaExcepcion | cierre | evaluacion | resultado               | grupo      | causales                      | acciones | diasRetraso | vecesPlazo | indice    | riesgo    |
      | exceptuada antes de la fecha límite                   |               |        |              | INASISTENCIA_BENEFICIARIO     | 2012-05-20     |        |            | EXCEPTUADA_DENTRO_PLAZO | EXCEPTUADA | INASISTENCIA_BENEFICIARIO     | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | exceptuada el día de la fecha límite                  |               |        |              | INDICACION_MEDICA             | 2012-06-01     |        |            | EXCEPTUADA_DENTRO_PLAZO | EXCEPTUADA | INDICACION_MEDICA             | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | exceptuada un día después de la fecha límite          |               |        |              | RECHAZO_PRESTADOR             | 2012-06-02     |        |            | EXCEPTUADA_FUERA_PLAZO  | EXCEPTUADA | RECHAZO_PRESTADOR             | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | exceptuada sin fecha de excepción                     |               |        |              | RECHAZO_TRATAMIENTO           | null           |        |            | EXCEPTUADA_SIN_PLAZO    | EXCEPTUADA | RECHAZO_TRATAMIENTO           | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | exceptuada el día de inicio por otra causa            |               |        |              | OTRA_CAUSA                    | 2012-05-02     |        |            | EXCEPTUADA_DENTRO_PLAZO | EXCEPTUADA | OTRA_CAUSA                    | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | exceptuada tarde y evaluada tarde: no es vencida      |               |        |              | NO_CUMPLE_CRITERIOS_INCLUSION | 2012-12-27     |        | 2013-02-28 | EXCEPTUADA_FUERA_PLAZO  | EXCEPTUADA | NO_CUMPLE_CRITERIOS_INCLUSION | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | exceptuada sin plazo aunque el caso se cerró          |               |        |              | RECHAZO_GES                   | null           | OTRO   |            | EXCEPTUADA_SIN_PLAZO    | EXCEPTUADA | RECHAZO_GES                   | ninguna  | (ausente)   | (ausente)  | (ausente) | (ausente) |

    Ejemplos: precedencias 4 y 5, el caso cerrado y la garantía pendiente (sin hito); vencida solo después de la fecha límite
      | caso                                               | evaluabilidad | inicio     | cumplimiento | causa | fechaExcepcion | cierre                | evaluacion | resultado    | grupo        | causales         | acciones                   | diasRetraso | vecesPlazo | indice    | riesgo    |
      | caso cerrado sin prestación ni excepción           |               |            |              |       |                | VOLUNTAD_BENEFICIARIO |            | CASO_CERRADO | CASO_CERRADO | ninguna          | ninguna                    | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | caso cerrado evaluado tarde: no es vencida         |               |            |              |       |                | INASISTENCIA          | 2012-07-01 | CASO_CERRADO | CASO_CERRADO | ninguna          | ninguna                    | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | pendiente en plazo                                 |               |            |              |       |                |                       | 2012-05-20 | PENDIENTE    | PENDIENTE    | ninguna          | ninguna                    | (ausente)   | (ausente)  | 0.6       | MEDIO     |
      | pendiente el día de la fecha límite: no vencida    |               |            |              |       |                |                       | 2012-06-01 | PENDIENTE    | PENDIENTE    | ninguna          | ninguna                    | (ausente)   | (ausente)  | 1         | MUY_ALTO  |
      | pendiente un día después de la fecha límite        |               |            |              |       |                |                       | 2012-06-02 | PENDIENTE    | PENDIENTE    | GARANTIA_VENCIDA | OTORGAR_PRESTACION_URGENTE | (ausente)   | (ausente)  | 1.03      | VENCIDA   |
      | pendiente vencida sin fecha de inicio: sin índice  |               | (ausente)  |              |       |                |                       | 2012-06-02 | PENDIENTE    | PENDIENTE    | GARANTIA_VENCIDA | OTORGAR_PRESTACION_URGENTE | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | pendiente en plazo sin fecha de inicio             |               | (ausente)  |              |       |                |                       | 2012-05-20 | PENDIENTE    | PENDIENTE    | ninguna          | ninguna                    | (ausente)   | (ausente)  | (ausente) | (ausente) |
      | pendiente con plazo de cero días: sin índice       |               | 2012-06-01 |              |       |                |                       | 2012-06-01 | PENDIENTE    | PENDIENTE    | ninguna          | ninguna                    | (ausente)   | (ausente)  | (ausente) | (ausente) |

    Ejemplos: límites del nivel de riesgo de una garantía pendiente (plazo de 20 días, del 2012-05-12 al 2012-06-01)
      | caso                               | evaluabilidad | inicio     | cumplimiento | causa | fechaExcepcion | cierre | evaluacion | resultado | grupo     | causales | acciones | diasRetraso | vecesPlazo | indice | riesgo   |
      | 6 de 20 días: bajo                 |               | 2012-05-12 |              |       |                |        | 2012-05-18 | PENDIENTE | PENDIENTE | ninguna  | ninguna  |             |            | 0.3    | BAJO     |
      | 7 de 20 días, justo 0,35: medio    |               | 2012-05-12 |              |       |                |        | 2012-05-19 | PENDIENTE | PENDIENTE | ninguna  | ninguna  |             |            | 0.35   | MEDIO    |
      | 13 de 20 días: medio               |               | 2012-05-12 |              |       |                |        | 2012-05-25 | PENDIENTE | PENDIENTE | ninguna  | ninguna  |             |            | 0.65   | MEDIO    |
      | 14 de 20 días, justo 0,7: alto     |               | 2012-05-12 |              |       |                |        | 2012-05-26 | PENDIENTE | PENDIENTE | ninguna  | ninguna  |             |            | 0.7    | ALTO     |
      | 17 de 20 días: alto                |               | 2012-05-12 |              |       |                |        | 2012-05-29 | PENDIENTE | PENDIENTE | ninguna  | ninguna  |             |            | 0.85   | ALTO     |
      | 18 de 20 días, justo 0,9: muy alto |               | 2012-05-12 |              |       |                |        | 2012-05-30 | PENDIENTE | PENDIENTE | ninguna  | ninguna  |             |            | 0.9    | MUY_ALTO |

  Escenario: la decisión nombra la regla que clasificó la garantía
    Dado que el campo "fechaCumplimiento" vale "2012-06-02"
    Cuando pido la decisión
    Entonces el resultado es "CUMPLIDA_FUERA_PLAZO"
    Y las reglas aplicadas incluyen "Una garantía otorgada después de la fecha límite está cumplida fuera de plazo"
    Y las reglas aplicadas incluyen "Una garantía cumplida fuera de plazo mide su retraso en días y en veces el plazo"

  Escenario: la causal de una garantía exceptuada lleva la descripción del catálogo
    Dado que el campo "excepcion.causa" vale "INASISTENCIA_BENEFICIARIO"
    Y que el campo "excepcion.fecha" vale "2012-05-20"
    Cuando pido la decisión
    Entonces el resultado es "EXCEPTUADA_DENTRO_PLAZO"
    Y el campo "causales[0].descripcion" de la respuesta vale "Inasistencia del beneficiario a la atención garantizada"
    Y el campo "causales[0].tipo" de la respuesta vale "EXCEPCION"

  Esquema del escenario: entrada inválida: <caso>
    Dado que el campo "<campo>" vale "<valor>"
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "<error>"

    Ejemplos:
      | caso                                     | campo              | valor      | error              |
      | falta la fecha límite                    | fechaLimite        | (ausente)  | fechaLimite        |
      | fecha límite nula                        | fechaLimite        | null       | fechaLimite        |
      | fecha límite que no existe               | fechaLimite        | 2012-02-30 | fechaLimite        |
      | causa de excepción desconocida           | excepcion.causa    | LLUVIA     | excepcion.causa    |
      | excepción sin causa                      | excepcion.fecha    | 2012-05-20 | excepcion.causa    |
      | tipo de garantía desconocido             | tipoGarantia       | CIRUGIA    | tipoGarantia       |
      | evaluabilidad desconocida                | evaluabilidad      | DUDOSA     | evaluabilidad      |
      | motivo de cierre desconocido             | casoCerrado.motivo | OLVIDO     | casoCerrado.motivo |
      | inicio después de la fecha límite        | fechaInicio        | 2012-06-02 | fechaInicio        |
      | cumplimiento antes del inicio            | fechaCumplimiento  | 2012-05-01 | fechaCumplimiento  |
      | problema de salud que no es un número    | problemaSalud      | diabetes   | problemaSalud      |
      | cumplimiento posterior a la evaluación   | fechaCumplimiento  | 2013-03-01 | fechaCumplimiento  |
      | campo desconocido                        | aseguradora        | Colmena    | aseguradora        |

  Esquema del escenario: el lote del Anexo 4 reproduce el Anexo 3 y la tabla VI.3 del informe: <ruta>
    Dado un lote de "ges" con los casos de "examples/ges-anexo4.json"
    Cuando pido la decisión del lote
    Entonces el campo "<ruta>" de la respuesta vale "<valor>"

    Ejemplos:
      | ruta                                                                                    | valor     |
      | resumen.total                                                                           | 118       |
      | resumen.errores                                                                         | 0         |
      | resumen.porResultado.EXCEPTUADA_DENTRO_PLAZO                                            | 54        |
      | resumen.porResultado.EXCEPTUADA_FUERA_PLAZO                                             | 40        |
      | resumen.porResultado.EXCEPTUADA_SIN_PLAZO                                               | 24        |
      | resumen.porResultado.PENDIENTE                                                          | (ausente) |
      | resumen.causasExcepcion.INASISTENCIA_BENEFICIARIO.cuenta                                | 71        |
      | resumen.causasExcepcion.INASISTENCIA_BENEFICIARIO.porcentaje                            | 60.2      |
      | resumen.causasExcepcion.INASISTENCIA_BENEFICIARIO.EXCEPTUADA_DENTRO_PLAZO               | 24        |
      | resumen.causasExcepcion.INASISTENCIA_BENEFICIARIO.EXCEPTUADA_FUERA_PLAZO                | 25        |
      | resumen.causasExcepcion.INASISTENCIA_BENEFICIARIO.EXCEPTUADA_SIN_PLAZO                  | 22        |
      | resumen.causasExcepcion.INDICACION_MEDICA.cuenta                                        | 25        |
      | resumen.causasExcepcion.INDICACION_MEDICA.porcentaje                                    | 21.2      |
      | resumen.causasExcepcion.INDICACION_MEDICA.EXCEPTUADA_SIN_PLAZO                          | (ausente) |
      | resumen.causasExcepcion.RECHAZO_PRESTADOR.porcentaje                                    | 8.5       |
      | resumen.causasExcepcion.RECHAZO_TRATAMIENTO.porcentaje                                  | 3.4       |
      | resumen.causasExcepcion.OTRA_CAUSA.porcentaje                                           | 3.4       |
      | resumen.causasExcepcion.NO_CUMPLE_CRITERIOS_INCLUSION.porcentaje                        | 2.5       |
      | resumen.causasExcepcion.RECHAZO_GES.porcentaje                                          | 0.8       |
      | resumen.porAseguradorYCausa.Masvida.INASISTENCIA_BENEFICIARIO                           | 24        |
      | resumen.porAseguradorYCausa.Masvida.INDICACION_MEDICA                                   | 8         |
      | resumen.porAseguradorYCausa.Masvida.RECHAZO_GES                                         | (ausente) |
      | resumen.porAseguradorYCausa.Colmena.NO_CUMPLE_CRITERIOS_INCLUSION                       | 3         |
      | resumen.porAsegurador.Masvida.porGrupo.EXCEPTUADA.cuenta                                | 41        |
      | resumen.porAsegurador.Cruz Blanca.porResultado.EXCEPTUADA_DENTRO_PLAZO.cuenta           | 19        |
      | resumen.causasPorResultado.EXCEPTUADA_DENTRO_PLAZO.porCausa.INDICACION_MEDICA.porcentaje | 42.6     |
      | resumen.causasPorResultado.EXCEPTUADA_DENTRO_PLAZO.porAsegurador.Masvida.porCausa.RECHAZO_PRESTADOR.porcentaje | 6.3 |
      | resumen.causasPorResultado.EXCEPTUADA_FUERA_PLAZO.porCausa.RECHAZO_PRESTADOR.porcentaje | 22.5      |
      | resumen.causasPorResultado.EXCEPTUADA_SIN_PLAZO.porAsegurador.Vida Tres.porCausa.INASISTENCIA_BENEFICIARIO.porcentaje | 90.9 |
      | resumen.retraso                                                                         | {}        |

  Esquema del escenario: el resumen cuenta solo las evaluadas en los porcentajes y mide el retraso: <ruta>
    Cuando envío a "/api/v1/ges/decide/lote" el cuerpo:
      """
      {"casos": [
        {"asegurador": "Colmena", "fechaInicio": "2012-05-02", "fechaLimite": "2012-06-01", "fechaCumplimiento": "2012-06-02"},
        {"asegurador": "Colmena", "fechaInicio": "2012-05-02", "fechaLimite": "2012-06-01", "fechaCumplimiento": "2012-07-01"},
        {"asegurador": "Colmena", "fechaInicio": "2012-05-02", "fechaLimite": "2012-06-01", "fechaCumplimiento": "2012-05-20"},
        {"asegurador": "Colmena", "fechaLimite": "2012-06-01", "evaluabilidad": "NO_EVALUABLE"},
        {"asegurador": "Masvida", "fechaLimite": "2012-06-01", "fechaCumplimiento": "2012-06-11"},
        {"asegurador": "Masvida", "fechaLimite": "2012-06-01", "excepcion": {"causa": "INASISTENCIA_BENEFICIARIO", "fecha": null}},
        {"asegurador": "Masvida", "fechaInicio": "2012-05-02"}
      ]}
      """
    Entonces el campo "<ruta>" de la respuesta vale "<valor>"

    Ejemplos:
      | ruta                                                                  | valor     |
      | resumen.total                                                         | 7         |
      | resumen.errores                                                       | 1         |
      | resultados[6].error.status                                            | 400       |
      | resumen.porAsegurador.Colmena.total                                   | 3         |
      | resumen.porAsegurador.Colmena.porResultado.CUMPLIDA_FUERA_PLAZO.cuenta     | 2    |
      | resumen.porAsegurador.Colmena.porResultado.CUMPLIDA_FUERA_PLAZO.porcentaje | 66.7 |
      | resumen.porAsegurador.Colmena.porResultado.CUMPLIDA_DENTRO_PLAZO.porcentaje | 33.3 |
      | resumen.porAsegurador.Colmena.porResultado.NO_EVALUABLE               | (ausente) |
      | resumen.porAsegurador.Colmena.porGrupo.CUMPLIDA.porcentaje            | 100.0     |
      | resumen.porAsegurador.Colmena.porGrupo.EXCEPTUADA                     | (ausente) |
      | resumen.porAsegurador.Colmena.noEvaluadas.total                       | 1         |
      | resumen.porAsegurador.Colmena.noEvaluadas.porResultado.NO_EVALUABLE.porcentaje | 100.0 |
      | resumen.porAsegurador.Masvida.porGrupo.EXCEPTUADA.porcentaje          | 50.0      |
      | resumen.porAsegurador.Masvida.noEvaluadas                             | (ausente) |
      | resumen.retraso.Colmena.diasRetrasoMin                                | 1         |
      | resumen.retraso.Colmena.diasRetrasoMax                                | 30        |
      | resumen.retraso.Colmena.vecesPlazoMin                                 | 1.03      |
      | resumen.retraso.Colmena.vecesPlazoMax                                 | 2         |
      | resumen.retraso.Masvida.diasRetrasoMax                                | 10        |
      | resumen.retraso.Masvida.vecesPlazoMin                                 | (ausente) |
      | resumen.global.total                                                  | 5         |
      | resumen.global.porGrupo.CUMPLIDA.porcentaje                           | 80.0      |
      | resumen.causasExcepcion.INASISTENCIA_BENEFICIARIO.porcentaje          | 100.0     |

  Esquema del escenario: el tipo del asegurador sale del catálogo tipos-asegurador.csv: <caso>
    Dado que el campo "asegurador" vale "<asegurador>"
    Cuando pido la decisión
    Entonces el resultado es "PENDIENTE"
    Y el campo "tipoAsegurador" de la respuesta vale "<tipo>"
    Y las reglas aplicadas incluyen "<regla>"

    Ejemplos: sin mayúsculas, sin tildes y sin los espacios de los extremos; FONASA es público; el que no está, abierta
      | caso                                             | asegurador       | tipo      | regla                                                                  |
      | ISAPRE cerrada escrita como en el catálogo       | Río Blanco       | CERRADA   | Un asegurador del catálogo de tipos tiene el tipo que le da el catálogo |
      | sin tilde, como la escribe la tabla VI.1         | Rio Blanco       | CERRADA   | Un asegurador del catálogo de tipos tiene el tipo que le da el catálogo |
      | mayúsculas y espacios en los extremos            | '  RÍO BLANCO  ' | CERRADA   | Un asegurador del catálogo de tipos tiene el tipo que le da el catálogo |
      | otra cerrada, en minúsculas y sin tilde          | fundacion        | CERRADA   | Un asegurador del catálogo de tipos tiene el tipo que le da el catálogo |
      | FONASA es el seguro público, no una ISAPRE       | FONASA           | PUBLICO   | Un asegurador del catálogo de tipos tiene el tipo que le da el catálogo |
      | Fonasa en minúsculas                             | Fonasa           | PUBLICO   | Un asegurador del catálogo de tipos tiene el tipo que le da el catálogo |
      | ISAPRE abierta del informe (no está en la lista) | Colmena          | ABIERTA   | Un asegurador que no está en el catálogo de tipos es una ISAPRE abierta |
      | asegurador que el catálogo no conoce             | Isapre Nueva     | ABIERTA   | Un asegurador que no está en el catálogo de tipos es una ISAPRE abierta |
      | los espacios de en medio sí cuentan              | Rio  Blanco      | ABIERTA   | Un asegurador que no está en el catálogo de tipos es una ISAPRE abierta |
      | sin asegurador no hay tipo                       | (ausente)        | (ausente) |                                                                        |
      | asegurador nulo                                  | null             | (ausente) |                                                                        |
      | asegurador en blanco                             | '   '            | (ausente) |                                                                        |

  Esquema del escenario: el lote compara ISAPRES abiertas y cerradas (VI.2) y cuenta por problema de salud (Anexo 6): <ruta>
    Cuando envío a "/api/v1/ges/decide/lote" el cuerpo:
      """
      {"casos": [
        {"asegurador": "Colmena", "problemaSalud": "21", "fechaLimite": "2012-06-01", "fechaCumplimiento": "2012-05-20"},
        {"asegurador": "Colmena", "problemaSalud": "21", "fechaLimite": "2012-06-01", "fechaCumplimiento": "2012-06-10"},
        {"asegurador": "Colmena", "problemaSalud": "7", "fechaLimite": "2012-06-01", "excepcion": {"causa": "INASISTENCIA_BENEFICIARIO", "fecha": "2012-05-10"}},
        {"asegurador": "Rio Blanco", "problemaSalud": "7", "fechaLimite": "2012-06-01", "fechaCumplimiento": "2012-05-30"},
        {"asegurador": "  fusat ", "problemaSalud": "3", "fechaLimite": "2012-06-01", "casoCerrado": {"motivo": "OTRO", "fecha": null}},
        {"asegurador": "FONASA", "problemaSalud": "3", "fechaLimite": "2012-06-01", "fechaCumplimiento": "2012-05-02"},
        {"fechaLimite": "2012-06-01", "evaluabilidad": "NO_EVALUABLE"}
      ]}
      """
    Entonces el campo "<ruta>" de la respuesta vale "<valor>"

    Ejemplos: por asegurador y por tipo; las cerradas son Rio Blanco y fusat (sin espacios en la clave), FONASA es PUBLICO
      | ruta                                                                 | valor     |
      | resultados[4].tipoAsegurador                                         | CERRADA   |
      | resumen.porAsegurador.Rio Blanco.tipoAsegurador                      | CERRADA   |
      | resumen.porAsegurador.fusat.tipoAsegurador                           | CERRADA   |
      | resumen.porAsegurador.fusat.porResultado.CASO_CERRADO.porcentaje     | 100.0     |
      | resumen.porAsegurador.Colmena.tipoAsegurador                         | ABIERTA   |
      | resumen.porAsegurador.FONASA.tipoAsegurador                          | PUBLICO   |
      | resumen.porAsegurador.(sin asegurador).total                         | 0         |
      | resumen.porAsegurador.(sin asegurador).tipoAsegurador                | (ausente) |
      | resumen.global.total                                                 | 6         |
      | resumen.porTipoAsegurador.ABIERTA.total                              | 3         |
      | resumen.porTipoAsegurador.ABIERTA.porcentaje                         | 50.0      |
      | resumen.porTipoAsegurador.ABIERTA.porGrupo.CUMPLIDA.porcentaje       | 66.7      |
      | resumen.porTipoAsegurador.CERRADA.total                              | 2         |
      | resumen.porTipoAsegurador.CERRADA.porcentaje                         | 33.3      |
      | resumen.porTipoAsegurador.CERRADA.porResultado.CASO_CERRADO.cuenta   | 1         |
      | resumen.porTipoAsegurador.PUBLICO.total                              | 1         |
      | resumen.porTipoAsegurador.PUBLICO.porcentaje                         | 16.7      |
      | resumen.porTipoAsegurador.PUBLICO.noEvaluadas                        | (ausente) |

    Ejemplos: abiertas menos cerradas, en puntos, restando los porcentajes ya redondeados; FONASA no entra
      | ruta                                                                 | valor     |
      | resumen.diferenciaAbiertasCerradas.porResultado.CUMPLIDA_DENTRO_PLAZO | -16.7    |
      | resumen.diferenciaAbiertasCerradas.porResultado.CUMPLIDA_FUERA_PLAZO | 33.3      |
      | resumen.diferenciaAbiertasCerradas.porResultado.EXCEPTUADA_DENTRO_PLAZO | 33.3   |
      | resumen.diferenciaAbiertasCerradas.porResultado.CASO_CERRADO         | -50.0     |
      | resumen.diferenciaAbiertasCerradas.porResultado.EXCEPTUADA_SIN_PLAZO | (ausente) |
      | resumen.diferenciaAbiertasCerradas.porGrupo.CUMPLIDA                 | 16.7      |
      | resumen.diferenciaAbiertasCerradas.porGrupo.EXCEPTUADA               | 33.3      |
      | resumen.diferenciaAbiertasCerradas.porGrupo.CASO_CERRADO             | -50.0     |

    Ejemplos: por problema de salud; sin él, la fila aparte
      | ruta                                                                 | valor     |
      | resumen.porProblemaSalud.21.total                                    | 2         |
      | resumen.porProblemaSalud.21.porResultado.CUMPLIDA_FUERA_PLAZO.porcentaje | 50.0  |
      | resumen.porProblemaSalud.7.porGrupo.EXCEPTUADA.cuenta                | 1         |
      | resumen.porProblemaSalud.3.porResultado.CASO_CERRADO.porcentaje      | 50.0      |
      | resumen.porProblemaSalud.(sin problema de salud).total               | 0         |
      | resumen.porProblemaSalud.(sin problema de salud).noEvaluadas.porResultado.NO_EVALUABLE.cuenta | 1 |

  Esquema del escenario: sin evaluadas de ISAPRES abiertas y cerradas a la vez no hay diferenciaAbiertasCerradas: <caso>
    Cuando envío a "/api/v1/ges/decide/lote" el cuerpo:
      """
      {"casos": [
        {"asegurador": "Colmena", "fechaLimite": "2012-06-01", "fechaCumplimiento": "2012-05-20"},
        {"asegurador": "Banmédica", "fechaLimite": "2012-06-01", "casoCerrado": {"motivo": "INASISTENCIA", "fecha": null}},
        {"asegurador": "<otro>", "fechaLimite": "2012-06-01", "fechaCumplimiento": "2012-06-03", "evaluabilidad": "<evaluabilidad>"}
      ]}
      """
    Entonces el campo "resumen.diferenciaAbiertasCerradas" de la respuesta vale "(ausente)"
    Y el campo "resumen.porTipoAsegurador.ABIERTA.total" de la respuesta vale "<abiertas>"
    Y el campo "resumen.porTipoAsegurador.CERRADA.total" de la respuesta vale "<cerradas>"
    Y el campo "resumen.porTipoAsegurador.PUBLICO.porcentaje" de la respuesta vale "<publico>"

    Ejemplos:
      | caso                                              | otro       | evaluabilidad | abiertas | cerradas  | publico   |
      | solo ISAPRES abiertas                             | Consalud   | EVALUABLE     | 3        | (ausente) | (ausente) |
      | abiertas y FONASA, que no es una ISAPRE           | FONASA     | EVALUABLE     | 2        | (ausente) | 33.3      |
      | la cerrada solo tiene garantías no evaluadas      | Fusat      | NO_EVALUABLE  | 2        | 0         | (ausente) |
