# language: es
Característica: Respuesta del prestador, decisión del auditor y conciliación de las glosas de una factura
  Tras la auditoría inicial (glosas), cada glosa la responde el prestador en 15 días hábiles, la levanta o ratifica el
  auditor en 10, se concilia con un acta firmada o se cierra tras dos citaciones efectivas sin respuesta, todo dentro
  de los 4 meses desde la radicación (spec/conciliacion.md; seed 001; art. 57 de la Ley 1438 de 2011; art. 23 del
  Decreto 4747 de 2007). La solicitud base es una factura radicada el jueves 2026-02-12 con una glosa inicial G1 de
  100 000 notificada el viernes 2026-02-20 con acuse y aún sin respuesta: el plazo de respuesta vence el 2026-03-13.
  Cada regla de abajo pone la historia en una etapa; cada fila cambia solo lo que dicen sus columnas (vacío = sin
  cambio). Para añadir un caso basta una fila en Ejemplos.

  Antecedentes:
    Dado una solicitud de "conciliacion" como esta:
      """
      {
        "factura": {"numero": "FE-2001", "fechaRadicacion": "2026-02-12", "valorTotal": 500000},
        "prestador": {"nit": "900123456", "nombre": "Clínica X", "estado": "ACTIVO", "enLitigio": false},
        "notificacion": {"fecha": "2026-02-20", "acuseRecibo": true},
        "glosas": [
          {"id": "G1", "item": "1", "codigo": "GL_TARIFA_SUPERA_PACTADA", "codigoManual": "TA0201", "valor": 100000}
        ],
        "comunicaciones": [],
        "fechaEvaluacion": "2026-03-02"
      }
      """

  Esquema del escenario: Respuesta del prestador: <caso>
    Dado que el campo "notificacion.acuseRecibo" vale "<acuse>"
    Y que el campo "glosas[0].respuestaPrestador.fecha" vale "<respondida>"
    Y que el campo "glosas[0].respuestaPrestador.tipo" vale "<tipo>"
    Y que el campo "glosas[0].respuestaPrestador.valorAceptado" vale "<aceptado>"
    Y que el campo "fechaEvaluacion" vale "<hoy>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y el campo "glosas[0].estado" de la respuesta vale "<estado>"
    Y el campo "glosas[0].codigoRespuesta" de la respuesta vale "<codigo>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y la acción "<accion>" vence el "<vence>"

    Ejemplos:
      | caso                                                     | acuse | respondida | tipo                    | aceptado | hoy        | estado              | resultado                     | codigo    | causales                  | acciones                                                                      | accion                      | vence      |
      | sin respuesta dentro del plazo                           |       |            |                         |          |            | PENDIENTE_RESPUESTA | PENDIENTE_RESPUESTA_PRESTADOR | (ausente) | ninguna                   | ESPERAR_RESPUESTA_PRESTADOR, CIERRE_CONCILIACION_MAXIMO                       | ESPERAR_RESPUESTA_PRESTADOR | 2026-03-13 |
      | el último día del plazo sigue pendiente                  |       |            |                         |          | 2026-03-13 | PENDIENTE_RESPUESTA | PENDIENTE_RESPUESTA_PRESTADOR | (ausente) | ninguna                   | ESPERAR_RESPUESTA_PRESTADOR, CIERRE_CONCILIACION_MAXIMO                       | CIERRE_CONCILIACION_MAXIMO  | 2026-06-12 |
      | vencido el plazo queda sin respuesta y en conciliación   |       |            |                         |          | 2026-03-16 | SIN_RESPUESTA       | EN_CONCILIACION               | (ausente) | ninguna                   | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                                | CITAR_CONCILIACION          | 2026-03-30 |
      | sin acuse el plazo no corre                              | false |            |                         |          | 2026-05-04 | PENDIENTE_RESPUESTA | PENDIENTE_RESPUESTA_PRESTADOR | (ausente) | CO_COMUNICACION_SIN_ACUSE | OBTENER_ACUSE_RECIBO, ESPERAR_RESPUESTA_PRESTADOR, CIERRE_CONCILIACION_MAXIMO | CIERRE_CONCILIACION_MAXIMO  | 2026-06-12 |
      | acepta toda la glosa                                     |       | 2026-03-06 | ACEPTA_TOTAL            |          | 2026-03-09 | ACEPTADA            | CERRADA                       | RE9702    | ninguna                   | REGISTRAR_VALORES_FINALES                                                     |                             |            |
      | acepta una parte                                         |       | 2026-03-06 | ACEPTA_PARCIAL          | 30000    | 2026-03-09 | PENDIENTE_DECISION  | PENDIENTE_DECISION_AUDITOR    | RE9801    | ninguna                   | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                                 | DECIDIR_RESPUESTA           | 2026-03-20 |
      | no acepta y subsana                                      |       | 2026-03-06 | NO_ACEPTA_SUBSANA       |          | 2026-03-09 | PENDIENTE_DECISION  | PENDIENTE_DECISION_AUDITOR    | RE9901    | ninguna                   | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                                 | DECIDIR_RESPUESTA           | 2026-03-20 |
      | no acepta por injustificada                              |       | 2026-03-06 | NO_ACEPTA_INJUSTIFICADA |          | 2026-03-09 | PENDIENTE_DECISION  | PENDIENTE_DECISION_AUDITOR    | RE9602    | ninguna                   | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                                 | DECIDIR_RESPUESTA           | 2026-03-20 |
      | no acepta por extemporánea                               |       | 2026-03-06 | NO_ACEPTA_EXTEMPORANEA  |          | 2026-03-09 | PENDIENTE_DECISION  | PENDIENTE_DECISION_AUDITOR    | RE9502    | ninguna                   | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                                 | DECIDIR_RESPUESTA           | 2026-03-20 |
      | el último día del plazo a tiempo                         |       | 2026-03-13 | NO_ACEPTA_SUBSANA       |          | 2026-03-13 | PENDIENTE_DECISION  | PENDIENTE_DECISION_AUDITOR    | RE9901    | ninguna                   | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                                 | DECIDIR_RESPUESTA           | 2026-03-30 |
      | tardía se procesa igual y su decisión cruza Semana Santa |       | 2026-03-20 | NO_ACEPTA_SUBSANA       |          | 2026-03-20 | PENDIENTE_DECISION  | PENDIENTE_DECISION_AUDITOR    | RE9901    | ninguna                   | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                                 | DECIDIR_RESPUESTA           | 2026-04-08 |
      | con la notificación sin acuse se procesa                 | false | 2026-03-06 | NO_ACEPTA_SUBSANA       |          | 2026-03-09 | PENDIENTE_DECISION  | PENDIENTE_DECISION_AUDITOR    | RE9901    | CO_COMUNICACION_SIN_ACUSE | OBTENER_ACUSE_RECIBO, DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO           | DECIDIR_RESPUESTA           | 2026-03-20 |

  Esquema del escenario: Código de respuesta del manual por la fecha de radicación: <caso>
    Dado que el campo "factura.fechaRadicacion" vale "<radicacion>"
    Y que el campo "glosas[0].respuestaPrestador.fecha" vale "2026-03-06"
    Y que el campo "glosas[0].respuestaPrestador.tipo" vale "<tipo>"
    Y que el campo "glosas[0].respuestaPrestador.valorAceptado" vale "<aceptado>"
    Y que el campo "fechaEvaluacion" vale "2026-03-09"
    Cuando pido la decisión
    Entonces el campo "manualGlosas" de la respuesta vale "<manual>"
    Y el campo "glosas[0].codigoRespuesta" de la respuesta vale "<codigo>"
    Y las reglas aplicadas incluyen "<regla>"

    Ejemplos:
      | caso                                      | radicacion | tipo                    | aceptado | manual        | codigo | regla                                                                                                  |
      | 3047: extemporánea                        | 2025-05-31 | NO_ACEPTA_EXTEMPORANEA  |          | RES_3047_2008 | '995'  | Una factura radicada antes de la fecha de corte responde con los códigos de la Resolución 3047 de 2008 |
      | 3047: injustificada                       | 2025-05-31 | NO_ACEPTA_INJUSTIFICADA |          | RES_3047_2008 | '996'  |                                                                                                        |
      | 3047: aceptada del todo                   | 2025-05-31 | ACEPTA_TOTAL            |          | RES_3047_2008 | '997'  |                                                                                                        |
      | 3047: aceptada en parte                   | 2025-05-31 | ACEPTA_PARCIAL          | 1000     | RES_3047_2008 | '998'  |                                                                                                        |
      | 3047: no aceptada y subsanada             | 2025-05-31 | NO_ACEPTA_SUBSANA       |          | RES_3047_2008 | '999'  |                                                                                                        |
      | 2284 desde el día del corte: extemporánea | 2025-06-01 | NO_ACEPTA_EXTEMPORANEA  |          | RES_2284_2023 | RE9502 | Una factura radicada desde la fecha de corte responde con los códigos de la Resolución 2284 de 2023    |
      | 2284: injustificada                       | 2025-06-01 | NO_ACEPTA_INJUSTIFICADA |          | RES_2284_2023 | RE9602 |                                                                                                        |
      | 2284: aceptada del todo                   | 2025-06-01 | ACEPTA_TOTAL            |          | RES_2284_2023 | RE9702 |                                                                                                        |
      | 2284: aceptada en parte                   | 2025-06-01 | ACEPTA_PARCIAL          | 1000     | RES_2284_2023 | RE9801 |                                                                                                        |
      | 2284: no aceptada y subsanada             | 2025-06-01 | NO_ACEPTA_SUBSANA       |          | RES_2284_2023 | RE9901 |                                                                                                        |

  Regla: Decisión del auditor sobre una respuesta que no acepta la glosa
    El prestador respondió el viernes 2026-03-06 sin aceptar (subsana): el auditor decide hasta el 2026-03-20.

    Antecedentes:
      Dado que el campo "glosas[0].respuestaPrestador.fecha" vale "2026-03-06"
      Y que el campo "glosas[0].respuestaPrestador.tipo" vale "NO_ACEPTA_SUBSANA"
      Y que el campo "fechaEvaluacion" vale "2026-03-20"

    Esquema del escenario: Decisión: <caso>
      Dado que el campo "glosas[0].decisionAuditor.fecha" vale "<decidida>"
      Y que el campo "glosas[0].decisionAuditor.tipo" vale "<tipo>"
      Y que el campo "glosas[0].decisionAuditor.soporte" vale "<soporte>"
      Y que el campo "glosas[0].decisionAuditor.valorLevantado" vale "<levantado>"
      Y que el campo "ampliacionAns.motivo" vale "<motivo>"
      Y que el campo "ampliacionAns.fechaNotificacionLider" vale "<lider>"
      Y que el campo "ampliacionAns.diasHabiles" vale "<dias>"
      Y que el campo "fechaEvaluacion" vale "<hoy>"
      Cuando pido la decisión
      Entonces el resultado es "<resultado>"
      Y el campo "glosas[0].estado" de la respuesta vale "<estado>"
      Y las causales son "<causales>"
      Y las acciones son "<acciones>"
      Y la acción "<accion>" vence el "<vence>"
      Y el campo "glosas[0].valorRatificado" de la respuesta vale "<ratificado>"
      Y las reglas aplicadas incluyen "<regla>"

      Ejemplos:
        | caso                                                               | decidida   | tipo            | soporte | levantado | motivo                   | lider      | dias | hoy        | estado             | resultado                  | causales                                          | acciones                                                              | accion                    | vence      | ratificado | regla                                                                                                             |
        | sin decisión todavía                                               |            |                 |         |           |                          |            |      |            | PENDIENTE_DECISION | PENDIENTE_DECISION_AUDITOR | ninguna                                           | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                         | DECIDIR_RESPUESTA         | 2026-03-20 | 0          | Un plazo de gestión de la auditoría sin ampliación de ANS notificada a tiempo vence en su fecha                   |
        | levanta toda la glosa                                              | 2026-03-13 | LEVANTA_TOTAL   | true    |           |                          |            |      |            | LEVANTADA          | CERRADA                    | ninguna                                           | PAGAR_VALOR_LEVANTADO, REGISTRAR_VALORES_FINALES                      | PAGAR_VALOR_LEVANTADO     | 2026-03-20 | 0          |                                                                                                                   |
        | levanta una parte y ratifica el resto                              | 2026-03-13 | LEVANTA_PARCIAL | true    | 40000     |                          |            |      |            | RATIFICADA         | EN_CONCILIACION            | ninguna                                           | PAGAR_VALOR_LEVANTADO, CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO | CITAR_CONCILIACION        | 2026-03-30 | 60000      | Una glosa ratificada sin citación efectiva se cita dentro de 10 días hábiles desde la decisión                    |
        | ratifica toda la glosa                                             | 2026-03-13 | RATIFICA        | true    |           |                          |            |      |            | RATIFICADA         | EN_CONCILIACION            | ninguna                                           | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                        | CITAR_CONCILIACION        | 2026-03-30 | 100000     |                                                                                                                   |
        | sin soporte no se aplica y bloquea                                 | 2026-03-13 | RATIFICA        | false   |           |                          |            |      |            | PENDIENTE_DECISION | REQUIERE_CORRECCION        | CO_DECISION_SIN_SOPORTE                           | SOPORTAR_DECISION_AUDITOR, CIERRE_CONCILIACION_MAXIMO                 | SOPORTAR_DECISION_AUDITOR | 2026-03-20 | 0          |                                                                                                                   |
        | el último día del plazo no es extemporánea                         | 2026-03-20 | RATIFICA        | true    |           |                          |            |      |            | RATIFICADA         | EN_CONCILIACION            | ninguna                                           | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                        | CITAR_CONCILIACION        | 2026-04-08 | 100000     |                                                                                                                   |
        | después del plazo es extemporánea pero se aplica                   | 2026-03-24 | RATIFICA        | true    |           |                          |            |      | 2026-03-24 | RATIFICADA         | EN_CONCILIACION            | CO_DECISION_EXTEMPORANEA                          | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                        | CITAR_CONCILIACION        | 2026-04-09 | 100000     |                                                                                                                   |
        | extemporánea y sin soporte                                         | 2026-03-24 | LEVANTA_TOTAL   | false   |           |                          |            |      | 2026-03-24 | PENDIENTE_DECISION | REQUIERE_CORRECCION        | CO_DECISION_SIN_SOPORTE, CO_DECISION_EXTEMPORANEA | SOPORTAR_DECISION_AUDITOR, CIERRE_CONCILIACION_MAXIMO                 | SOPORTAR_DECISION_AUDITOR | 2026-03-20 | 0          |                                                                                                                   |
        | ANS notificado antes del vencimiento amplía el plazo               |            |                 |         |           | CANTIDAD_ANEXOS          | 2026-03-09 | 5    |            | PENDIENTE_DECISION | PENDIENTE_DECISION_AUDITOR | ninguna                                           | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                         | DECIDIR_RESPUESTA         | 2026-03-30 | 0          | Un plazo de gestión de la auditoría se amplía por ANS si el líder se notificó a más tardar el día del vencimiento |
        | ANS notificado el día del vencimiento también amplía               |            |                 |         |           | PUBLICACION_EXTEMPORANEA | 2026-03-20 | 5    |            | PENDIENTE_DECISION | PENDIENTE_DECISION_AUDITOR | ninguna                                           | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                         | DECIDIR_RESPUESTA         | 2026-03-30 | 0          |                                                                                                                   |
        | ANS notificado después del vencimiento no amplía                   |            |                 |         |           | FALLA_TECNOLOGICA        | 2026-03-23 | 5    | 2026-03-23 | PENDIENTE_DECISION | PENDIENTE_DECISION_AUDITOR | ninguna                                           | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                         | DECIDIR_RESPUESTA         | 2026-03-20 | 0          |                                                                                                                   |
        | con ANS la decisión del 24 ya no es extemporánea                   | 2026-03-24 | RATIFICA        | true    |           | CANTIDAD_ANEXOS          | 2026-03-10 | 5    | 2026-03-24 | RATIFICADA         | EN_CONCILIACION            | ninguna                                           | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                        | CITAR_CONCILIACION        | 2026-04-16 | 100000     |                                                                                                                   |
        | ANS amplía el plazo para soportar la decisión                      | 2026-03-13 | RATIFICA        | false   |           | CANTIDAD_ANEXOS          | 2026-03-09 | 5    |            | PENDIENTE_DECISION | REQUIERE_CORRECCION        | CO_DECISION_SIN_SOPORTE                           | SOPORTAR_DECISION_AUDITOR, CIERRE_CONCILIACION_MAXIMO                 | SOPORTAR_DECISION_AUDITOR | 2026-03-30 | 0          |                                                                                                                   |
        | ANS se compara con cada plazo: amplía la citación y no la decisión | 2026-03-13 | RATIFICA        | true    |           | FALLA_TECNOLOGICA        | 2026-03-25 | 3    | 2026-03-25 | RATIFICADA         | EN_CONCILIACION            | ninguna                                           | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                        | CITAR_CONCILIACION        | 2026-04-06 | 100000     |                                                                                                                   |

  Regla: Conciliación de una glosa ratificada
    El prestador respondió el 2026-03-06 y el auditor ratificó toda la glosa el viernes 2026-03-13 con soporte: la
    glosa está en conciliación desde ese día. Hoy es el lunes 2026-04-06, después de Semana Santa.

    Antecedentes:
      Dado que el campo "glosas[0].respuestaPrestador.fecha" vale "2026-03-06"
      Y que el campo "glosas[0].respuestaPrestador.tipo" vale "NO_ACEPTA_SUBSANA"
      Y que el campo "glosas[0].decisionAuditor.fecha" vale "2026-03-13"
      Y que el campo "glosas[0].decisionAuditor.tipo" vale "RATIFICA"
      Y que el campo "glosas[0].decisionAuditor.soporte" vale "true"
      Y que el campo "fechaEvaluacion" vale "2026-04-06"

    Esquema del escenario: Citaciones de una ratificada: <caso>
      Dado que el campo "comunicaciones[0].fecha" vale "<envio1>"
      Y que el campo "comunicaciones[0].medio" vale "<medio1>"
      Y que el campo "comunicaciones[0].acuseRecibo" vale "<acuse1>"
      Y que el campo "comunicaciones[0].fechaCita" vale "<cita1>"
      Y que el campo "comunicaciones[1].fecha" vale "<envio2>"
      Y que el campo "comunicaciones[1].medio" vale "<medio2>"
      Y que el campo "comunicaciones[1].acuseRecibo" vale "<acuse2>"
      Y que el campo "comunicaciones[1].fechaCita" vale "<cita2>"
      Cuando pido la decisión
      Entonces el resultado es "<resultado>"
      Y el campo "glosas[0].estado" de la respuesta vale "<estado>"
      Y las causales son "<causales>"
      Y las acciones son "<acciones>"
      Y la acción "<accion>" vence el "<vence>"
      Y el campo "valorDefinitivoGlosa" de la respuesta vale "<definitivo>"

      Ejemplos:
        | caso                                                                     | envio1     | medio1             | acuse1 | cita1      | envio2     | medio2             | acuse2 | cita2      | estado               | resultado       | causales                  | acciones                                                             | accion                     | vence      | definitivo |
        | sin citación se cita en 10 días hábiles desde la decisión                |            |                    |        |            |            |                    |        |            | RATIFICADA           | EN_CONCILIACION | ninguna                   | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                       | CITAR_CONCILIACION         | 2026-03-30 | 0          |
        | una efectiva con la cita por venir                                       | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-04-08 |            |                    |        |            | RATIFICADA           | EN_CONCILIACION | ninguna                   | CELEBRAR_CITA_CONCILIACION, CIERRE_CONCILIACION_MAXIMO               | CELEBRAR_CITA_CONCILIACION | 2026-04-08 | 0          |
        | una efectiva con la cita pasada se vuelve a citar, cruzando Semana Santa | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 |            |                    |        |            | RATIFICADA           | EN_CONCILIACION | ninguna                   | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                       | CITAR_CONCILIACION         | 2026-04-14 | 0          |
        | dos efectivas con la segunda cita por venir                              | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 | 2026-03-30 | CORREO_CERTIFICADO | true   | 2026-04-10 | RATIFICADA           | EN_CONCILIACION | ninguna                   | CELEBRAR_CITA_CONCILIACION, CIERRE_CONCILIACION_MAXIMO               | CELEBRAR_CITA_CONCILIACION | 2026-04-10 | 0          |
        | dos efectivas con la segunda cita pasada cierran por silencio            | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 | 2026-03-30 | CORREO_CERTIFICADO | true   | 2026-04-01 | CERRADA_POR_SILENCIO | CERRADA         | ninguna                   | REGISTRAR_CIERRE_POR_SILENCIO, REGISTRAR_VALORES_FINALES             |                            |            | 100000     |
        | por correo electrónico también son efectivas                             | 2026-03-16 | CORREO_ELECTRONICO | true   | 2026-03-27 | 2026-03-30 | CORREO_ELECTRONICO | true   | 2026-04-01 | CERRADA_POR_SILENCIO | CERRADA         | ninguna                   | REGISTRAR_CIERRE_POR_SILENCIO, REGISTRAR_VALORES_FINALES             |                            |            | 100000     |
        | la segunda cita es hoy: todavía no hay cierre                            | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 | 2026-03-30 | CORREO_CERTIFICADO | true   | 2026-04-06 | RATIFICADA           | EN_CONCILIACION | ninguna                   | CELEBRAR_CITA_CONCILIACION, CIERRE_CONCILIACION_MAXIMO               | CELEBRAR_CITA_CONCILIACION | 2026-04-06 | 0          |
        | se ordenan por fecha de envío, no por su orden en la solicitud           | 2026-03-30 | CORREO_CERTIFICADO | true   | 2026-04-10 | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 | RATIFICADA           | EN_CONCILIACION | ninguna                   | CELEBRAR_CITA_CONCILIACION, CIERRE_CONCILIACION_MAXIMO               | CELEBRAR_CITA_CONCILIACION | 2026-04-10 | 0          |
        | a igual fecha de envío se ordenan por la fecha de la cita                | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-04-10 | 2026-03-16 | CORREO_ELECTRONICO | true   | 2026-03-27 | RATIFICADA           | EN_CONCILIACION | ninguna                   | CELEBRAR_CITA_CONCILIACION, CIERRE_CONCILIACION_MAXIMO               | CELEBRAR_CITA_CONCILIACION | 2026-04-10 | 0          |
        | una citación sin acuse no es efectiva                                    | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 | 2026-03-30 | CORREO_CERTIFICADO | false  | 2026-04-01 | RATIFICADA           | EN_CONCILIACION | CO_COMUNICACION_SIN_ACUSE | OBTENER_ACUSE_RECIBO, CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO | CITAR_CONCILIACION         | 2026-04-14 | 0          |
        | la enviada antes de la decisión no cuenta                                | 2026-03-12 | CORREO_CERTIFICADO | true   | 2026-03-20 | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-04-01 | RATIFICADA           | EN_CONCILIACION | ninguna                   | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                       | CITAR_CONCILIACION         | 2026-04-17 | 0          |
        | la enviada el día de la decisión cuenta                                  | 2026-03-13 | CORREO_CERTIFICADO | true   | 2026-03-20 | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-04-01 | CERRADA_POR_SILENCIO | CERRADA         | ninguna                   | REGISTRAR_CIERRE_POR_SILENCIO, REGISTRAR_VALORES_FINALES             |                            |            | 100000     |

  Regla: Conciliación de una glosa sin respuesta
    El prestador no respondió: el plazo venció el viernes 2026-03-13 y la glosa está en conciliación. Hoy es el lunes
    2026-04-06. Solo cuentan las citaciones enviadas después del vencimiento.

    Antecedentes:
      Dado que el campo "fechaEvaluacion" vale "2026-04-06"

    Esquema del escenario: Sin respuesta: <caso>
      Dado que el campo "comunicaciones[0].fecha" vale "<envio1>"
      Y que el campo "comunicaciones[0].medio" vale "<medio1>"
      Y que el campo "comunicaciones[0].acuseRecibo" vale "<acuse1>"
      Y que el campo "comunicaciones[0].fechaCita" vale "<cita1>"
      Y que el campo "comunicaciones[1].fecha" vale "<envio2>"
      Y que el campo "comunicaciones[1].medio" vale "<medio2>"
      Y que el campo "comunicaciones[1].acuseRecibo" vale "<acuse2>"
      Y que el campo "comunicaciones[1].fechaCita" vale "<cita2>"
      Y que el campo "glosas[0].respuestaPrestador.fecha" vale "<respondida>"
      Y que el campo "glosas[0].respuestaPrestador.tipo" vale "<tipo>"
      Cuando pido la decisión
      Entonces el resultado es "<resultado>"
      Y el campo "glosas[0].estado" de la respuesta vale "<estado>"
      Y el campo "glosas[0].codigoRespuesta" de la respuesta vale "<codigo>"
      Y el campo "glosas[0].valorAceptadoPrestador" de la respuesta vale "<aceptado>"
      Y el campo "glosas[0].valorDefinitivoGlosa" de la respuesta vale "<definitivo>"
      Y las causales son "<causales>"
      Y las acciones son "<acciones>"
      Y la acción "<accion>" vence el "<vence>"
      Y las reglas aplicadas incluyen "<regla>"

      Ejemplos:
        | caso                                                                            | envio1     | medio1             | acuse1 | cita1      | envio2     | medio2             | acuse2 | cita2      | respondida | tipo              | estado               | resultado                  | codigo    | aceptado | definitivo | causales | acciones                                                 | accion             | vence      | regla                                                                                                  |
        | sin citación se cita en 10 días hábiles desde el vencimiento, cruzando San José |            |                    |        |            |            |                    |        |            |            |                   | SIN_RESPUESTA        | EN_CONCILIACION            | (ausente) | 0        | (ausente)  | ninguna  | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO           | CITAR_CONCILIACION | 2026-03-30 | Una glosa sin respuesta y sin citación efectiva se cita dentro de 10 días hábiles desde el vencimiento |
        | la enviada el día del vencimiento no es posterior y no cuenta                   | 2026-03-13 | CORREO_CERTIFICADO | true   | 2026-03-20 |            |                    |        |            |            |                   | SIN_RESPUESTA        | EN_CONCILIACION            | (ausente) | 0        | (ausente)  | ninguna  | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO           | CITAR_CONCILIACION | 2026-03-30 |                                                                                                        |
        | una efectiva con la cita pasada se vuelve a citar                               | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 |            |                    |        |            |            |                   | SIN_RESPUESTA        | EN_CONCILIACION            | (ausente) | 0        | (ausente)  | ninguna  | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO           | CITAR_CONCILIACION | 2026-04-14 | Una glosa citada que no acudió se vuelve a citar dentro de 10 días hábiles desde la primera cita       |
        | dos efectivas sin respuesta cierran por silencio con todo su valor              | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 | 2026-03-30 | CORREO_ELECTRONICO | true   | 2026-04-01 |            |                   | CERRADA_POR_SILENCIO | CERRADA                    | (ausente) | 0        | 100000     | ninguna  | REGISTRAR_CIERRE_POR_SILENCIO, REGISTRAR_VALORES_FINALES |                    |            | Dos citaciones efectivas sin respuesta cierran la glosa por silencio                                   |
        | la respuesta después del cierre por silencio se tiene por no recibida           | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 | 2026-03-30 | CORREO_ELECTRONICO | true   | 2026-04-01 | 2026-04-02 | NO_ACEPTA_SUBSANA | CERRADA_POR_SILENCIO | CERRADA                    | (ausente) | 0        | 100000     | ninguna  | REGISTRAR_CIERRE_POR_SILENCIO, REGISTRAR_VALORES_FINALES |                    |            | Una respuesta tardía que llega después del cierre por silencio se tiene por no recibida                |
        | una aceptación después del cierre no acepta nada                                | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 | 2026-03-30 | CORREO_ELECTRONICO | true   | 2026-04-01 | 2026-04-02 | ACEPTA_TOTAL      | CERRADA_POR_SILENCIO | CERRADA                    | (ausente) | 0        | 100000     | ninguna  | REGISTRAR_CIERRE_POR_SILENCIO, REGISTRAR_VALORES_FINALES |                    |            |                                                                                                        |
        | la respuesta tardía antes del cierre se procesa                                 | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 | 2026-03-30 | CORREO_ELECTRONICO | true   | 2026-04-01 | 2026-03-31 | NO_ACEPTA_SUBSANA | PENDIENTE_DECISION   | PENDIENTE_DECISION_AUDITOR | RE9901    | 0        | (ausente)  | ninguna  | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO            | DECIDIR_RESPUESTA  | 2026-04-16 |                                                                                                        |
        | la respuesta el día de la segunda cita se procesa                               | 2026-03-16 | CORREO_CERTIFICADO | true   | 2026-03-27 | 2026-03-30 | CORREO_ELECTRONICO | true   | 2026-04-01 | 2026-04-01 | ACEPTA_TOTAL      | ACEPTADA             | CERRADA                    | RE9702    | 100000   | 100000     | ninguna  | REGISTRAR_VALORES_FINALES                                |                    |            |                                                                                                        |

  Regla: Acta de conciliación
    La glosa ratificada el 2026-03-13 se concilia con un acta del miércoles 2026-04-01 que levanta 30 000; el resto lo
    acepta el prestador. Hoy es el lunes 2026-04-06.

    Antecedentes:
      Dado que el campo "glosas[0].respuestaPrestador.fecha" vale "2026-03-06"
      Y que el campo "glosas[0].respuestaPrestador.tipo" vale "NO_ACEPTA_SUBSANA"
      Y que el campo "glosas[0].decisionAuditor.fecha" vale "2026-03-13"
      Y que el campo "glosas[0].decisionAuditor.tipo" vale "RATIFICA"
      Y que el campo "glosas[0].decisionAuditor.soporte" vale "true"
      Y que el campo "acta.fecha" vale "2026-04-01"
      Y que el campo "acta.firmadaPrestador" vale "true"
      Y que el campo "acta.firmadaAuditoria" vale "true"
      Y que el campo "acta.firmantePrestador" vale "REPRESENTANTE_LEGAL"
      Y que el campo "acta.enviadaRevisor" vale "true"
      Y que el campo "acta.glosas[0].id" vale "G1"
      Y que el campo "acta.glosas[0].valorLevantado" vale "30000"
      Y que el campo "fechaEvaluacion" vale "2026-04-06"

    Esquema del escenario: Acta: <caso>
      Dado que el campo "acta.firmadaPrestador" vale "<firmaPrestador>"
      Y que el campo "acta.firmadaAuditoria" vale "<firmaAuditoria>"
      Y que el campo "acta.firmantePrestador" vale "<firmante>"
      Y que el campo "acta.poderGerente" vale "<poder>"
      Y que el campo "acta.enviadaRevisor" vale "<enviada>"
      Y que el campo "acta.glosas[0].valorLevantado" vale "<levanta>"
      Cuando pido la decisión
      Entonces el resultado es "<resultado>"
      Y el campo "glosas[0].estado" de la respuesta vale "<estado>"
      Y las causales son "<causales>"
      Y las acciones son "<acciones>"
      Y la acción "<accion>" vence el "<vence>"
      Y el campo "glosas[0].valorLevantado" de la respuesta vale "<levantado>"
      Y el campo "glosas[0].valorConciliado" de la respuesta vale "<conciliado>"
      Y el campo "valorAPagar" de la respuesta vale "<aPagar>"

      Ejemplos:
        | caso                                                                     | firmaPrestador | firmaAuditoria | firmante | poder | enviada | levanta | estado     | resultado           | causales                                  | acciones                                                                                      | accion                | vence      | levantado | conciliado | aPagar |
        | firmada por las partes concilia y lo levantado se paga en 5 días hábiles |                |                |          |       |         |         | CONCILIADA | CERRADA             | ninguna                                   | PAGAR_VALOR_LEVANTADO, REGISTRAR_VALORES_FINALES                                              | PAGAR_VALOR_LEVANTADO | 2026-04-10 | 30000     | 70000      | 430000 |
        | un acta que no levanta nada concilia todo lo ratificado                  |                |                |          |       |         | 0       | CONCILIADA | CERRADA             | ninguna                                   | REGISTRAR_VALORES_FINALES                                                                     |                       |            | 0         | 100000     | 400000 |
        | sin la firma del prestador no se aplica                                  | false          |                |          |       |         |         | RATIFICADA | REQUIERE_CORRECCION | CO_ACTA_SIN_FIRMAS                        | RECOGER_FIRMAS_ACTA, CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                           | CITAR_CONCILIACION    | 2026-03-30 | 0         | (ausente)  | 400000 |
        | sin la firma de la auditoría no se aplica                                |                | false          |          |       |         |         | RATIFICADA | REQUIERE_CORRECCION | CO_ACTA_SIN_FIRMAS                        | RECOGER_FIRMAS_ACTA, CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                           | CITAR_CONCILIACION    | 2026-03-30 | 0         | (ausente)  | 400000 |
        | un delegado con poder del gerente concilia                               |                |                | DELEGADO | true  |         |         | CONCILIADA | CERRADA             | ninguna                                   | PAGAR_VALOR_LEVANTADO, REGISTRAR_VALORES_FINALES                                              | PAGAR_VALOR_LEVANTADO | 2026-04-10 | 30000     | 70000      | 430000 |
        | un delegado sin poder del gerente no se aplica                           |                |                | DELEGADO | false |         |         | RATIFICADA | REQUIERE_CORRECCION | CO_DELEGADO_SIN_PODER                     | SOLICITAR_PODER_DELEGADO, CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                      | CITAR_CONCILIACION    | 2026-03-30 | 0         | (ausente)  | 400000 |
        | un delegado sin poder y sin la firma del prestador                       | false          |                | DELEGADO |       |         |         | RATIFICADA | REQUIERE_CORRECCION | CO_ACTA_SIN_FIRMAS, CO_DELEGADO_SIN_PODER | RECOGER_FIRMAS_ACTA, SOLICITAR_PODER_DELEGADO, CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO | CITAR_CONCILIACION    | 2026-03-30 | 0         | (ausente)  | 400000 |
        | un acta aplicada que no se envió al revisor se le envía                  |                |                |          |       | false   |         | CONCILIADA | CERRADA             | ninguna                                   | PAGAR_VALOR_LEVANTADO, ENVIAR_ACTA_REVISOR, REGISTRAR_VALORES_FINALES                         | PAGAR_VALOR_LEVANTADO | 2026-04-10 | 30000     | 70000      | 430000 |

    Escenario: El acta concilia igual una glosa que no tuvo respuesta, con todo su valor en conciliación
      Dado que el campo "glosas[0].respuestaPrestador" vale "(ausente)"
      Y que el campo "glosas[0].decisionAuditor" vale "(ausente)"
      Cuando pido la decisión
      Entonces el resultado es "CERRADA"
      Y el campo "glosas[0].estado" de la respuesta vale "CONCILIADA"
      Y el campo "glosas[0].valorRatificado" de la respuesta vale "0"
      Y el campo "glosas[0].valorConciliado" de la respuesta vale "70000"
      Y el campo "glosas[0].valorDefinitivoGlosa" de la respuesta vale "70000"
      Y las acciones son "PAGAR_VALOR_LEVANTADO, REGISTRAR_VALORES_FINALES"

    Escenario: La fila del acta de una glosa que no está en conciliación se ignora
      Dado que el campo "glosas[0].respuestaPrestador.tipo" vale "ACEPTA_TOTAL"
      Y que el campo "glosas[0].decisionAuditor" vale "(ausente)"
      Y que el campo "acta.glosas[0].valorLevantado" vale "0"
      Cuando pido la decisión
      Entonces el resultado es "CERRADA"
      Y el campo "glosas[0].estado" de la respuesta vale "ACEPTADA"
      Y el campo "glosas[0].valorConciliado" de la respuesta vale "(ausente)"
      Y las acciones son "REGISTRAR_VALORES_FINALES"
      Y las reglas aplicadas incluyen "Una fila del acta de una glosa que no está en conciliación se ignora"

    Escenario: Con el prestador en liquidación el acta concilia igual
      Dado que el campo "prestador.estado" vale "EN_LIQUIDACION"
      Cuando pido la decisión
      Entonces el resultado es "CERRADA"
      Y el campo "glosas[0].estado" de la respuesta vale "CONCILIADA"
      Y las acciones son "PAGAR_VALOR_LEVANTADO, REGISTRAR_VALORES_FINALES, ANOTAR_PRESTADOR_EN_LIQUIDACION"

  Regla: Glosas nuevas
    Solo proceden las que surgen de hechos detectados en la respuesta a una glosa inicial (nota 3). G1 se respondió el
    2026-03-06 sin aceptar; G2 es nueva, de 20 000, notificada con acuse el martes 2026-03-10 y surgida de esa
    respuesta: su plazo de respuesta vence el 2026-04-01 (cruza el lunes festivo de San José). Hoy es 2026-03-16.

    Antecedentes:
      Dado que el campo "glosas[0].respuestaPrestador.fecha" vale "2026-03-06"
      Y que el campo "glosas[0].respuestaPrestador.tipo" vale "NO_ACEPTA_SUBSANA"
      Y que el campo "glosas[1].id" vale "G2"
      Y que el campo "glosas[1].codigo" vale "GL_NO_PERTINENTE"
      Y que el campo "glosas[1].valor" vale "20000"
      Y que el campo "glosas[1].origen" vale "NUEVA"
      Y que el campo "glosas[1].surgeDeLaRespuesta" vale "G1"
      Y que el campo "glosas[1].notificacion.fecha" vale "2026-03-10"
      Y que el campo "glosas[1].notificacion.acuseRecibo" vale "true"
      Y que el campo "fechaEvaluacion" vale "2026-03-16"

    Esquema del escenario: Glosa nueva: <caso>
      Dado que el campo "glosas[0].respuestaPrestador" vale "<respuesta1>"
      Y que el campo "glosas[1].surgeDeLaRespuesta" vale "<surge>"
      Y que el campo "glosas[1].notificacion.fecha" vale "<notificada>"
      Y que el campo "glosas[1].notificacion.acuseRecibo" vale "<acuse>"
      Y que el campo "glosas[1].respuestaPrestador.fecha" vale "<respondida>"
      Y que el campo "glosas[1].respuestaPrestador.tipo" vale "<tipo>"
      Cuando pido la decisión
      Entonces el resultado es "<resultado>"
      Y el campo "glosas[1].estado" de la respuesta vale "<estado>"
      Y el campo "glosas[1].codigoRespuesta" de la respuesta vale "<codigo>"
      Y el campo "glosas[1].valorDefinitivoGlosa" de la respuesta vale "<definitivo>"
      Y las causales son "<causales>"
      Y las acciones son "<acciones>"
      Y la acción "<accion>" vence el "<vence>"
      Y el campo "valorGlosadoInicial" de la respuesta vale "<glosado>"

      Ejemplos:
        | caso                                                                 | respuesta1 | surge | notificada | acuse | respondida | tipo         | estado              | resultado                     | codigo    | definitivo | causales                    | acciones                                                                                         | accion                      | vence      | glosado |
        | surge de la respuesta a la inicial: la etapa menos avanzada decide   |            |       |            |       |            |              | PENDIENTE_RESPUESTA | PENDIENTE_RESPUESTA_PRESTADOR | (ausente) | (ausente)  | ninguna                     | ESPERAR_RESPUESTA_PRESTADOR, DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                       | ESPERAR_RESPUESTA_PRESTADOR | 2026-04-01 | 120000  |
        | notificada el mismo día de la respuesta que la origina               |            |       | 2026-03-06 |       |            |              | PENDIENTE_RESPUESTA | PENDIENTE_RESPUESTA_PRESTADOR | (ausente) | (ausente)  | ninguna                     | ESPERAR_RESPUESTA_PRESTADOR, DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                       | ESPERAR_RESPUESTA_PRESTADOR | 2026-03-30 | 120000  |
        | notificada antes de la respuesta que dice originarla es improcedente |            |       | 2026-03-05 |       |            |              | IMPROCEDENTE        | REQUIERE_CORRECCION           | (ausente) | 0          | CO_GLOSA_NUEVA_IMPROCEDENTE | RETIRAR_GLOSA_IMPROCEDENTE, DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                        | DECIDIR_RESPUESTA           | 2026-03-20 | 100000  |
        | sin glosa de origen es improcedente                                  |            | null  |            |       |            |              | IMPROCEDENTE        | REQUIERE_CORRECCION           | (ausente) | 0          | CO_GLOSA_NUEVA_IMPROCEDENTE | RETIRAR_GLOSA_IMPROCEDENTE, DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                        |                             |            | 100000  |
        | la que surge de otra nueva es improcedente                           |            | G2    |            |       |            |              | IMPROCEDENTE        | REQUIERE_CORRECCION           | (ausente) | 0          | CO_GLOSA_NUEVA_IMPROCEDENTE | RETIRAR_GLOSA_IMPROCEDENTE, DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                        |                             |            | 100000  |
        | la que surge de una inicial sin respuesta es improcedente            | (ausente)  |       |            |       |            |              | IMPROCEDENTE        | REQUIERE_CORRECCION           | (ausente) | 0          | CO_GLOSA_NUEVA_IMPROCEDENTE | RETIRAR_GLOSA_IMPROCEDENTE, CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                       | CITAR_CONCILIACION          | 2026-03-30 | 100000  |
        | una improcedente respondida no tiene código ni aceptación            |            | null  |            |       | 2026-03-12 | ACEPTA_TOTAL | IMPROCEDENTE        | REQUIERE_CORRECCION           | (ausente) | 0          | CO_GLOSA_NUEVA_IMPROCEDENTE | RETIRAR_GLOSA_IMPROCEDENTE, DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                        |                             |            | 100000  |
        | notificada sin acuse espera sin fecha límite                         |            |       |            | false |            |              | PENDIENTE_RESPUESTA | PENDIENTE_RESPUESTA_PRESTADOR | (ausente) | (ausente)  | CO_COMUNICACION_SIN_ACUSE   | OBTENER_ACUSE_RECIBO, ESPERAR_RESPUESTA_PRESTADOR, DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO | DECIDIR_RESPUESTA           | 2026-03-20 | 120000  |
        | la nueva aceptada deja a la inicial decidir la etapa                 |            |       |            |       | 2026-03-12 | ACEPTA_TOTAL | ACEPTADA            | PENDIENTE_DECISION_AUDITOR    | RE9702    | 20000      | ninguna                     | DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO                                                    | DECIDIR_RESPUESTA           | 2026-03-20 | 120000  |

    Escenario: Una glosa improcedente queda fuera de los totales
      Dado que el campo "glosas[1].surgeDeLaRespuesta" vale "null"
      Cuando pido la decisión
      Entonces el resultado es "REQUIERE_CORRECCION"
      Y el campo "glosas[1].valorGlosadoInicial" de la respuesta vale "20000"
      Y el campo "glosas[1].valorAceptadoPrestador" de la respuesta vale "0"
      Y el campo "glosas[1].valorLevantado" de la respuesta vale "0"
      Y el campo "glosas[1].valorRatificado" de la respuesta vale "0"
      Y el campo "glosas[1].valorConciliado" de la respuesta vale "(ausente)"
      Y el campo "valorGlosadoInicial" de la respuesta vale "100000"
      Y el campo "valorEnDisputa" de la respuesta vale "100000"
      Y el campo "valorAPagar" de la respuesta vale "400000"
      Y las reglas aplicadas incluyen "Una glosa nueva que no surge de la respuesta a una glosa inicial es improcedente"

  Regla: Varias glosas en etapas distintas
    G1 (100 000) y G2 (50 000) son glosas iniciales de la misma notificación. Gana la etapa menos avanzada y van las
    acciones de todas las glosas; una acción con el mismo plazo para varias glosas sale una vez.

    Antecedentes:
      Dado que el campo "glosas[1].id" vale "G2"
      Y que el campo "glosas[1].item" vale "'2'"
      Y que el campo "glosas[1].codigo" vale "GL_SOPORTE_FALTANTE"
      Y que el campo "glosas[1].codigoManual" vale "SO0801"
      Y que el campo "glosas[1].valor" vale "50000"

    Esquema del escenario: Dos glosas: <caso>
      Dado que el campo "glosas[0].respuestaPrestador.fecha" vale "<respondida1>"
      Y que el campo "glosas[0].respuestaPrestador.tipo" vale "<tipo1>"
      Y que el campo "glosas[0].decisionAuditor.fecha" vale "<decidida1>"
      Y que el campo "glosas[0].decisionAuditor.tipo" vale "<decision1>"
      Y que el campo "glosas[0].decisionAuditor.soporte" vale "<soporte1>"
      Y que el campo "glosas[1].respuestaPrestador.fecha" vale "<respondida2>"
      Y que el campo "glosas[1].respuestaPrestador.tipo" vale "<tipo2>"
      Y que el campo "fechaEvaluacion" vale "<hoy>"
      Cuando pido la decisión
      Entonces el resultado es "<resultado>"
      Y el campo "glosas[0].estado" de la respuesta vale "<estado1>"
      Y el campo "glosas[1].estado" de la respuesta vale "<estado2>"
      Y las acciones son "<acciones>"
      Y la acción "<accion>" vence el "<vence>"
      Y el campo "valorEnDisputa" de la respuesta vale "<disputa>"
      Y el campo "valorAPagar" de la respuesta vale "<aPagar>"
      Y el campo "valorDefinitivoGlosa" de la respuesta vale "<definitivo>"

      Ejemplos:
        | caso                                                      | respondida1 | tipo1             | decidida1  | decision1     | soporte1 | respondida2 | tipo2                   | hoy        | resultado                     | estado1             | estado2             | acciones                                                                   | accion                      | vence      | disputa | aPagar | definitivo |
        | las dos sin respuesta: una sola acción con el mismo plazo |             |                   |            |               |          |             |                         | 2026-03-12 | PENDIENTE_RESPUESTA_PRESTADOR | PENDIENTE_RESPUESTA | PENDIENTE_RESPUESTA | ESPERAR_RESPUESTA_PRESTADOR, CIERRE_CONCILIACION_MAXIMO                    | ESPERAR_RESPUESTA_PRESTADOR | 2026-03-13 | 150000  | 350000 | 0          |
        | pendiente de respuesta gana a pendiente de decisión       | 2026-03-06  | NO_ACEPTA_SUBSANA |            |               |          |             |                         | 2026-03-12 | PENDIENTE_RESPUESTA_PRESTADOR | PENDIENTE_DECISION  | PENDIENTE_RESPUESTA | ESPERAR_RESPUESTA_PRESTADOR, DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO | DECIDIR_RESPUESTA           | 2026-03-20 | 150000  | 350000 | 0          |
        | pendiente de decisión gana a en conciliación              | 2026-03-06  | NO_ACEPTA_SUBSANA | 2026-03-13 | RATIFICA      | true     | 2026-03-09  | NO_ACEPTA_INJUSTIFICADA | 2026-03-16 | PENDIENTE_DECISION_AUDITOR    | RATIFICADA          | PENDIENTE_DECISION  | CITAR_CONCILIACION, DECIDIR_RESPUESTA, CIERRE_CONCILIACION_MAXIMO          | DECIDIR_RESPUESTA           | 2026-03-24 | 150000  | 350000 | 0          |
        | una cerrada y otra en conciliación                        | 2026-03-06  | ACEPTA_TOTAL      |            |               |          |             |                         | 2026-03-16 | EN_CONCILIACION               | ACEPTADA            | SIN_RESPUESTA       | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                             | CITAR_CONCILIACION          | 2026-03-30 | 50000   | 350000 | 100000     |
        | todas cerradas: a pagar más definitivo es lo facturado    | 2026-03-06  | NO_ACEPTA_SUBSANA | 2026-03-13 | LEVANTA_TOTAL | true     | 2026-03-09  | ACEPTA_TOTAL            | 2026-03-16 | CERRADA                       | LEVANTADA           | ACEPTADA            | PAGAR_VALOR_LEVANTADO, REGISTRAR_VALORES_FINALES                           | PAGAR_VALOR_LEVANTADO       | 2026-03-20 | 0       | 450000 | 50000      |

    Escenario: El motivo de una acción con el mismo plazo nombra todas sus glosas
      Dado que el campo "fechaEvaluacion" vale "2026-03-12"
      Cuando pido la decisión
      Entonces el campo "acciones[0].tipo" de la respuesta vale "ESPERAR_RESPUESTA_PRESTADOR"
      Y el campo "acciones[0].motivo" de la respuesta vale "Glosa G1: respuesta del prestador (artículo 57 de la Ley 1438 de 2011); Glosa G2: respuesta del prestador (artículo 57 de la Ley 1438 de 2011)"

  Regla: Resultado de la factura
    La precedencia: cerrada por liquidación, exceptuada, plazo máximo vencido, requiere corrección, y la etapa de
    las glosas. Con el prestador liquidado o en litigio no hay causales y va una sola acción; los 4 meses desde la
    radicación del jueves 2026-02-12 vencen el 2026-06-12.

    Esquema del escenario: Resultado: <caso>
      Dado que el campo "factura.fechaRadicacion" vale "<radicacion>"
      Y que el campo "prestador.estado" vale "<prestador>"
      Y que el campo "prestador.enLitigio" vale "<litigio>"
      Y que el campo "notificacion.acuseRecibo" vale "<acuse>"
      Y que el campo "glosas[0].respuestaPrestador.fecha" vale "<respondida>"
      Y que el campo "glosas[0].respuestaPrestador.tipo" vale "<tipo>"
      Y que el campo "glosas[0].decisionAuditor.fecha" vale "<decidida>"
      Y que el campo "glosas[0].decisionAuditor.tipo" vale "<decision>"
      Y que el campo "glosas[0].decisionAuditor.soporte" vale "<soporte>"
      Y que el campo "fechaEvaluacion" vale "<hoy>"
      Cuando pido la decisión
      Entonces el resultado es "<resultado>"
      Y el campo "glosas[0].estado" de la respuesta vale "<estado>"
      Y las causales son "<causales>"
      Y las acciones son "<acciones>"
      Y el campo "fechaCierreMaximo" de la respuesta vale "<cierre>"
      Y las reglas aplicadas incluyen "<regla>"

      Ejemplos:
        | caso                                                                | radicacion | prestador      | litigio | acuse | respondida | tipo              | decidida   | decision | soporte | hoy        | resultado                     | estado              | causales                                         | acciones                                                                                    | cierre     | regla                                                                                                     |
        | prestador liquidado: cierre definitivo                              |            | LIQUIDADO      |         |       |            |                   |            |          |         |            | CERRADA_POR_LIQUIDACION       | PENDIENTE_RESPUESTA | ninguna                                          | REGISTRAR_ACTA_LIQUIDACION                                                                  | 2026-06-12 | Un prestador liquidado cierra la conciliación con el acta de liquidación                                  |
        | liquidado sin acuse: sin causales                                   |            | LIQUIDADO      |         | false |            |                   |            |          |         |            | CERRADA_POR_LIQUIDACION       | PENDIENTE_RESPUESTA | ninguna                                          | REGISTRAR_ACTA_LIQUIDACION                                                                  |            |                                                                                                           |
        | liquidado pesa más que el litigio                                   |            | LIQUIDADO      | true    |       |            |                   |            |          |         |            | CERRADA_POR_LIQUIDACION       | PENDIENTE_RESPUESTA | ninguna                                          | REGISTRAR_ACTA_LIQUIDACION                                                                  |            |                                                                                                           |
        | en litigio: exceptuada hasta el fallo                               |            |                | true    |       |            |                   |            |          |         |            | EXCEPTUADA                    | PENDIENTE_RESPUESTA | ninguna                                          | ESPERAR_FALLO_JUDICIAL                                                                      |            | Un prestador en litigio o embargo deja la conciliación exceptuada hasta el fallo                          |
        | en litigio con una decisión sin soporte: sin causales               |            |                | true    |       | 2026-03-06 | NO_ACEPTA_SUBSANA | 2026-03-13 | RATIFICA | false   | 2026-03-16 | EXCEPTUADA                    | PENDIENTE_DECISION  | ninguna                                          | ESPERAR_FALLO_JUDICIAL                                                                      |            |                                                                                                           |
        | en liquidación y en litigio: exceptuada                             |            | EN_LIQUIDACION | true    |       |            |                   |            |          |         |            | EXCEPTUADA                    | PENDIENTE_RESPUESTA | ninguna                                          | ESPERAR_FALLO_JUDICIAL                                                                      |            |                                                                                                           |
        | en liquidación pendiente de respuesta: sin cierre máximo            |            | EN_LIQUIDACION |         |       |            |                   |            |          |         |            | PENDIENTE_RESPUESTA_PRESTADOR | PENDIENTE_RESPUESTA | ninguna                                          | ESPERAR_RESPUESTA_PRESTADOR, ANOTAR_PRESTADOR_EN_LIQUIDACION                                |            | Un prestador en liquidación se anota y sus glosas por conciliar quedan vigentes                           |
        | en liquidación la glosa por conciliar queda vigente, sin citaciones |            | EN_LIQUIDACION |         |       |            |                   |            |          |         | 2026-04-06 | EN_CONCILIACION               | SIN_RESPUESTA       | ninguna                                          | ANOTAR_PRESTADOR_EN_LIQUIDACION                                                             |            | Con el prestador en liquidación la glosa por conciliar queda vigente, sin citaciones ni cierre            |
        | vencidos los 4 meses con la glosa abierta                           |            |                |         |       |            |                   |            |          |         | 2026-06-13 | PLAZO_MAXIMO_VENCIDO          | SIN_RESPUESTA       | CO_PLAZO_MAXIMO_VENCIDO                          | NOTIFICAR_GERENCIA_INDEMNIZACIONES, CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO          | 2026-06-12 | Vencidos los 4 meses desde la radicación con glosas abiertas se notifica a la Gerencia de Indemnizaciones |
        | el último día de los 4 meses aún no vencen                          |            |                |         |       |            |                   |            |          |         | 2026-06-12 | EN_CONCILIACION               | SIN_RESPUESTA       | ninguna                                          | CITAR_CONCILIACION, CIERRE_CONCILIACION_MAXIMO                                              | 2026-06-12 |                                                                                                           |
        | vencidos los 4 meses en liquidación: las glosas siguen vigentes     |            | EN_LIQUIDACION |         |       |            |                   |            |          |         | 2026-06-13 | EN_CONCILIACION               | SIN_RESPUESTA       | ninguna                                          | ANOTAR_PRESTADOR_EN_LIQUIDACION                                                             |            |                                                                                                           |
        | vencidos los 4 meses con todo cerrado                               |            |                |         |       | 2026-03-06 | ACEPTA_TOTAL      |            |          |         | 2026-06-13 | CERRADA                       | ACEPTADA            | ninguna                                          | REGISTRAR_VALORES_FINALES                                                                   |            |                                                                                                           |
        | los 4 meses vencidos pesan más que una causal que bloquea           |            |                |         |       | 2026-03-06 | NO_ACEPTA_SUBSANA | 2026-03-13 | RATIFICA | false   | 2026-06-13 | PLAZO_MAXIMO_VENCIDO          | PENDIENTE_DECISION  | CO_DECISION_SIN_SOPORTE, CO_PLAZO_MAXIMO_VENCIDO | SOPORTAR_DECISION_AUDITOR, NOTIFICAR_GERENCIA_INDEMNIZACIONES, CIERRE_CONCILIACION_MAXIMO   |            |                                                                                                           |
        | 31 de octubre más 4 meses es el 28 de febrero                       | 2025-10-31 |                |         |       |            |                   |            |          |         |            | PLAZO_MAXIMO_VENCIDO          | PENDIENTE_RESPUESTA | CO_PLAZO_MAXIMO_VENCIDO                          | NOTIFICAR_GERENCIA_INDEMNIZACIONES, ESPERAR_RESPUESTA_PRESTADOR, CIERRE_CONCILIACION_MAXIMO | 2026-02-28 |                                                                                                           |

  Regla: Plazos en días hábiles colombianos
    Los plazos cuentan desde el día hábil siguiente y vencen el N-ésimo día hábil (spec/calendario.md), saltando
    fines de semana, Semana Santa (jueves 2 y viernes 3 de abril de 2026), los lunes festivos de la Ley 51 de 1983
    ("Ley Emiliani") y el de la Ley 2578 de 2026 (lunes 13 de julio de 2026), y el fin de año.

    Esquema del escenario: Plazo: <caso>
      Dado que el campo "factura.fechaRadicacion" vale "<radicacion>"
      Y que el campo "notificacion.fecha" vale "<notificada>"
      Y que el campo "glosas[0].respuestaPrestador.fecha" vale "<respondida>"
      Y que el campo "glosas[0].respuestaPrestador.tipo" vale "<tipo>"
      Y que el campo "glosas[0].decisionAuditor.fecha" vale "<decidida>"
      Y que el campo "glosas[0].decisionAuditor.tipo" vale "<decision>"
      Y que el campo "glosas[0].decisionAuditor.soporte" vale "<soporte>"
      Y que el campo "fechaEvaluacion" vale "<hoy>"
      Cuando pido la decisión
      Entonces el resultado es "<resultado>"
      Y la acción "<accion>" vence el "<vence>"

      Ejemplos:
        | caso                                                                               | radicacion | notificada | respondida | tipo              | decidida   | decision      | soporte | hoy        | resultado                     | accion                      | vence      |
        | respuesta: notificada el viernes antes de Semana Santa                             | 2026-03-20 | 2026-03-27 |            |                   |            |               |         | 2026-03-30 | PENDIENTE_RESPUESTA_PRESTADOR | ESPERAR_RESPUESTA_PRESTADOR | 2026-04-21 |
        | respuesta: cruza el lunes festivo de la Ascensión (18 de mayo)                     | 2026-05-04 | 2026-05-08 |            |                   |            |               |         | 2026-05-11 | PENDIENTE_RESPUESTA_PRESTADOR | ESPERAR_RESPUESTA_PRESTADOR | 2026-06-01 |
        | respuesta: cruza Corpus Christi, Sagrado Corazón y San Pedro (8, 15 y 29 de junio) | 2026-06-01 | 2026-06-05 |            |                   |            |               |         | 2026-06-09 | PENDIENTE_RESPUESTA_PRESTADOR | ESPERAR_RESPUESTA_PRESTADOR | 2026-07-01 |
        | respuesta: cruza la Virgen de Chiquinquirá (13 de julio) y el 20 de julio          | 2026-07-01 | 2026-07-03 |            |                   |            |               |         | 2026-07-06 | PENDIENTE_RESPUESTA_PRESTADOR | ESPERAR_RESPUESTA_PRESTADOR | 2026-07-28 |
        | respuesta: cruza Navidad, Año Nuevo y los Reyes de 2027 (lunes 11 de enero)        | 2026-12-15 | 2026-12-18 |            |                   |            |               |         | 2026-12-21 | PENDIENTE_RESPUESTA_PRESTADOR | ESPERAR_RESPUESTA_PRESTADOR | 2027-01-13 |
        | decisión: cruza Semana Santa                                                       | 2026-03-20 | 2026-03-24 | 2026-03-30 | NO_ACEPTA_SUBSANA |            |               |         | 2026-03-31 | PENDIENTE_DECISION_AUDITOR    | DECIDIR_RESPUESTA           | 2026-04-15 |
        | decisión: cruza la Asunción (lunes 17 de agosto)                                   | 2026-08-03 | 2026-08-05 | 2026-08-10 | NO_ACEPTA_SUBSANA |            |               |         | 2026-08-11 | PENDIENTE_DECISION_AUDITOR    | DECIDIR_RESPUESTA           | 2026-08-25 |
        | pago: cruza el Día de la Raza (lunes 12 de octubre)                                | 2026-09-28 | 2026-10-01 | 2026-10-05 | NO_ACEPTA_SUBSANA | 2026-10-08 | LEVANTA_TOTAL | true    | 2026-10-09 | CERRADA                       | PAGAR_VALOR_LEVANTADO       | 2026-10-16 |
        | citación: cruza la Independencia de Cartagena (lunes 16 de noviembre)              | 2026-10-26 | 2026-10-28 | 2026-11-03 | NO_ACEPTA_SUBSANA | 2026-11-05 | RATIFICA      | true    | 2026-11-06 | EN_CONCILIACION               | CITAR_CONCILIACION          | 2026-11-20 |
        | cierre máximo: 31 de octubre más 4 meses en año bisiesto                           | 2027-10-31 | 2027-11-02 |            |                   |            |               |         | 2027-11-03 | PENDIENTE_RESPUESTA_PRESTADOR | CIERRE_CONCILIACION_MAXIMO  | 2028-02-29 |

  Regla: Entrada inválida
    Toda incoherencia es un 400 problem+json que nombra cada campo culpable, todos a la vez.

    Esquema del escenario: Inválida: <caso>
      Dado que el campo "<campo1>" vale "<valor1>"
      Y que el campo "<campo2>" vale "<valor2>"
      Y que el campo "<campo3>" vale "<valor3>"
      Cuando pido la decisión
      Entonces la respuesta es un error 400 que nombra el campo "<error>"

      Ejemplos:
        | caso                                              | campo1                             | valor1          | campo2                               | valor2             | campo3                                     | valor3     | error                                      |
        | sin glosas                                        | glosas                             | []              |                                      |                    |                                            |            | glosas                                     |
        | id de glosa repetido                              | glosas[1].id                       | G1              | glosas[1].codigo                     | GL_NO_PERTINENTE   | glosas[1].valor                            | 1000       | glosas[1].id                               |
        | valor de glosa cero                               | glosas[0].valor                    | 0               |                                      |                    |                                            |            | glosas[0].valor                            |
        | valor de glosa negativo                           | glosas[0].valor                    | -5              |                                      |                    |                                            |            | glosas[0].valor                            |
        | glosas que suman más que la factura               | factura.valorTotal                 | 90000           |                                      |                    |                                            |            | glosas                                     |
        | factura en cero                                   | factura.valorTotal                 | 0               |                                      |                    |                                            |            | factura.valorTotal                         |
        | aceptación parcial sin valor                      | glosas[0].respuestaPrestador.fecha | 2026-03-02      | glosas[0].respuestaPrestador.tipo    | ACEPTA_PARCIAL     |                                            |            | glosas[0].respuestaPrestador.valorAceptado |
        | aceptación parcial por todo el valor              | glosas[0].respuestaPrestador.fecha | 2026-03-02      | glosas[0].respuestaPrestador.tipo    | ACEPTA_PARCIAL     | glosas[0].respuestaPrestador.valorAceptado | 100000     | glosas[0].respuestaPrestador.valorAceptado |
        | aceptación parcial en cero                        | glosas[0].respuestaPrestador.fecha | 2026-03-02      | glosas[0].respuestaPrestador.tipo    | ACEPTA_PARCIAL     | glosas[0].respuestaPrestador.valorAceptado | 0          | glosas[0].respuestaPrestador.valorAceptado |
        | valor aceptado en una respuesta que no es parcial | glosas[0].respuestaPrestador.fecha | 2026-03-02      | glosas[0].respuestaPrestador.tipo    | ACEPTA_TOTAL       | glosas[0].respuestaPrestador.valorAceptado | 1000       | glosas[0].respuestaPrestador.valorAceptado |
        | decisión sin respuesta                            | glosas[0].decisionAuditor.fecha    | 2026-03-02      | glosas[0].decisionAuditor.tipo       | RATIFICA           | glosas[0].decisionAuditor.soporte          | true       | glosas[0].decisionAuditor                  |
        | tipo de respuesta desconocido                     | glosas[0].respuestaPrestador.fecha | 2026-03-02      | glosas[0].respuestaPrestador.tipo    | ACEPTA             |                                            |            | glosas[0].respuestaPrestador.tipo          |
        | glosa nueva sin notificación propia               | glosas[0].origen                   | NUEVA           |                                      |                    |                                            |            | glosas[0].notificacion                     |
        | glosa nueva notificada antes de la radicación     | glosas[0].origen                   | NUEVA           | glosas[0].notificacion.fecha         | 2026-02-11         | glosas[0].notificacion.acuseRecibo         | true       | glosas[0].notificacion.fecha               |
        | glosa inicial con notificación propia             | glosas[0].notificacion.fecha       | 2026-02-20      | glosas[0].notificacion.acuseRecibo   | true               |                                            |            | glosas[0].notificacion                     |
        | glosa inicial que dice surgir de una respuesta    | glosas[0].surgeDeLaRespuesta       | G1              |                                      |                    |                                            |            | glosas[0].surgeDeLaRespuesta               |
        | origen desconocido                                | glosas[0].origen                   | POSTERIOR       |                                      |                    |                                            |            | glosas[0].origen                           |
        | notificación antes de la radicación               | notificacion.fecha                 | 2026-02-11      |                                      |                    |                                            |            | notificacion.fecha                         |
        | notificación sin acuse informado                  | notificacion.acuseRecibo           | (ausente)       |                                      |                    |                                            |            | notificacion.acuseRecibo                   |
        | respuesta antes de su notificación                | glosas[0].respuestaPrestador.fecha | 2026-02-19      | glosas[0].respuestaPrestador.tipo    | ACEPTA_TOTAL       |                                            |            | glosas[0].respuestaPrestador.fecha         |
        | respuesta posterior a la fecha de evaluación      | glosas[0].respuestaPrestador.fecha | 2026-03-03      | glosas[0].respuestaPrestador.tipo    | ACEPTA_TOTAL       |                                            |            | glosas[0].respuestaPrestador.fecha         |
        | radicación posterior a la fecha de evaluación     | factura.fechaRadicacion            | 2026-03-03      |                                      |                    |                                            |            | factura.fechaRadicacion                    |
        | comunicación sin acuse informado                  | comunicaciones[0].fecha            | 2026-02-27      | comunicaciones[0].medio              | CORREO_CERTIFICADO | comunicaciones[0].fechaCita                | 2026-03-05 | comunicaciones[0].acuseRecibo              |
        | firmante del acta desconocido                     | acta.firmantePrestador             | JEFE            |                                      |                    |                                            |            | acta.firmantePrestador                     |
        | medio de comunicación desconocido                 | comunicaciones[0].medio            | FAX             |                                      |                    |                                            |            | comunicaciones[0].medio                    |
        | comunicaciones que no son una lista               | comunicaciones                     | CORREO          |                                      |                    |                                            |            | comunicaciones                             |
        | estado de prestador desconocido                   | prestador.estado                   | EN_QUIEBRA      |                                      |                    |                                            |            | prestador.estado                           |
        | litigio que no es sí o no                         | prestador.enLitigio                | 'si'            |                                      |                    |                                            |            | prestador.enLitigio                        |
        | fecha inexistente                                 | fechaEvaluacion                    | 2026-02-30      |                                      |                    |                                            |            | fechaEvaluacion                            |
        | año fuera de rango                                | glosas[0].respuestaPrestador.fecha | 0999-03-02      | glosas[0].respuestaPrestador.tipo    | ACEPTA_TOTAL       |                                            |            | glosas[0].respuestaPrestador.fecha         |
        | días de ANS en cero                               | ampliacionAns.motivo               | CANTIDAD_ANEXOS | ampliacionAns.fechaNotificacionLider | 2026-02-25         | ampliacionAns.diasHabiles                  | 0          | ampliacionAns.diasHabiles                  |
        | días de ANS con decimales                         | ampliacionAns.motivo               | CANTIDAD_ANEXOS | ampliacionAns.fechaNotificacionLider | 2026-02-25         | ampliacionAns.diasHabiles                  | 1.5        | ampliacionAns.diasHabiles                  |
        | días de ANS sin tope                              | ampliacionAns.motivo               | CANTIDAD_ANEXOS | ampliacionAns.fechaNotificacionLider | 2026-02-25         | ampliacionAns.diasHabiles                  | 251        | ampliacionAns.diasHabiles                  |
        | motivo de ANS desconocido                         | ampliacionAns.motivo               | LLUVIA          | ampliacionAns.fechaNotificacionLider | 2026-02-25         | ampliacionAns.diasHabiles                  | 5          | ampliacionAns.motivo                       |
        | ANS notificado después de la fecha de evaluación  | ampliacionAns.motivo               | CANTIDAD_ANEXOS | ampliacionAns.fechaNotificacionLider | 2026-03-03         | ampliacionAns.diasHabiles                  | 5          | ampliacionAns.fechaNotificacionLider       |
        | sin número de factura                             | factura.numero                     | (ausente)       |                                      |                    |                                            |            | factura.numero                             |
        | sin notificación                                  | notificacion                       | (ausente)       |                                      |                    |                                            |            | notificacion                               |
        | glosa sin código                                  | glosas[0].codigo                   | (ausente)       |                                      |                    |                                            |            | glosas[0].codigo                           |
        | glosa nula                                        | glosas[0]                          | null            |                                      |                    |                                            |            | glosas[0]                                  |
        | campo desconocido                                 | glosas[0].valorAprobado            | 1000            |                                      |                    |                                            |            | glosas[0].valorAprobado                    |

    Esquema del escenario: Inválida en la decisión o el acta: <caso>
      Dado que el campo "glosas[0].respuestaPrestador.fecha" vale "2026-02-27"
      Y que el campo "glosas[0].respuestaPrestador.tipo" vale "<respuesta>"
      Y que el campo "glosas[0].respuestaPrestador.valorAceptado" vale "<aceptado>"
      Y que el campo "glosas[0].decisionAuditor.fecha" vale "<decidida>"
      Y que el campo "glosas[0].decisionAuditor.tipo" vale "<decision>"
      Y que el campo "glosas[0].decisionAuditor.soporte" vale "true"
      Y que el campo "glosas[0].decisionAuditor.valorLevantado" vale "<levantado>"
      Y que el campo "acta.fecha" vale "<acta>"
      Y que el campo "acta.firmadaPrestador" vale "true"
      Y que el campo "acta.firmadaAuditoria" vale "true"
      Y que el campo "acta.firmantePrestador" vale "REPRESENTANTE_LEGAL"
      Y que el campo "acta.glosas" vale "<filas>"
      Y que el campo "acta.glosas[0].id" vale "<fila>"
      Y que el campo "acta.glosas[0].valorLevantado" vale "<levantaActa>"
      Y que el campo "acta.glosas[1].id" vale "<fila2>"
      Y que el campo "acta.glosas[1].valorLevantado" vale "<levantaActa2>"
      Cuando pido la decisión
      Entonces la respuesta es un error 400 que nombra el campo "<error>"

      Ejemplos:
        | caso                                     | respuesta         | aceptado | decidida   | decision        | levantado | acta       | filas | fila | levantaActa | fila2 | levantaActa2 | error                                    |
        | decisión tras una aceptación total       | ACEPTA_TOTAL      |          | 2026-03-02 | RATIFICA        |           | 2026-03-02 |       | G1   | 0           |       |              | glosas[0].decisionAuditor                |
        | decisión antes de la respuesta           | NO_ACEPTA_SUBSANA |          | 2026-02-26 | RATIFICA        |           | 2026-03-02 |       | G1   | 0           |       |              | glosas[0].decisionAuditor.fecha          |
        | levantamiento parcial sin valor          | NO_ACEPTA_SUBSANA |          | 2026-03-02 | LEVANTA_PARCIAL |           | 2026-03-02 |       | G1   | 0           |       |              | glosas[0].decisionAuditor.valorLevantado |
        | levantamiento parcial por lo no aceptado | ACEPTA_PARCIAL    | 30000    | 2026-03-02 | LEVANTA_PARCIAL | 70000     | 2026-03-02 |       | G1   | 0           |       |              | glosas[0].decisionAuditor.valorLevantado |
        | valor levantado en una ratificación      | NO_ACEPTA_SUBSANA |          | 2026-03-02 | RATIFICA        | 1000      | 2026-03-02 |       | G1   | 0           |       |              | glosas[0].decisionAuditor.valorLevantado |
        | tipo de decisión desconocido             | NO_ACEPTA_SUBSANA |          | 2026-03-02 | APLAZA          |           | 2026-03-02 |       | G1   | 0           |       |              | glosas[0].decisionAuditor.tipo           |
        | acta sin glosas                          | NO_ACEPTA_SUBSANA |          | 2026-03-02 | RATIFICA        |           | 2026-03-02 | []    |      |             |       |              | acta.glosas                              |
        | acta con una glosa que no existe         | NO_ACEPTA_SUBSANA |          | 2026-03-02 | RATIFICA        |           | 2026-03-02 |       | G9   | 0           |       |              | acta.glosas[0].id                        |
        | acta con una glosa repetida              | NO_ACEPTA_SUBSANA |          | 2026-03-02 | RATIFICA        |           | 2026-03-02 |       | G1   | 0           | G1    | 0            | acta.glosas[1].id                        |
        | acta que levanta más de lo que queda     | ACEPTA_PARCIAL    | 30000    | 2026-03-02 | LEVANTA_PARCIAL | 20000     | 2026-03-02 |       | G1   | 50001       |       |              | acta.glosas[0].valorLevantado            |
        | acta posterior a la fecha de evaluación  | NO_ACEPTA_SUBSANA |          | 2026-03-02 | RATIFICA        |           | 2026-03-03 |       | G1   | 0           |       |              | acta.fecha                               |

    Escenario: Una glosa nueva que dice surgir de una glosa que no está en la solicitud
      Dado que el campo "glosas[1].id" vale "G2"
      Y que el campo "glosas[1].codigo" vale "GL_NO_PERTINENTE"
      Y que el campo "glosas[1].valor" vale "1000"
      Y que el campo "glosas[1].origen" vale "NUEVA"
      Y que el campo "glosas[1].surgeDeLaRespuesta" vale "G9"
      Y que el campo "glosas[1].notificacion.fecha" vale "2026-02-25"
      Y que el campo "glosas[1].notificacion.acuseRecibo" vale "true"
      Cuando pido la decisión
      Entonces la respuesta es un error 400 que nombra el campo "glosas[1].surgeDeLaRespuesta"

    Escenario: Todos los errores de una historia incoherente van juntos
      Dado que el campo "factura.valorTotal" vale "50000"
      Y que el campo "glosas[0].respuestaPrestador.fecha" vale "2026-02-19"
      Y que el campo "glosas[0].respuestaPrestador.tipo" vale "ACEPTA_TOTAL"
      Y que el campo "glosas[0].decisionAuditor.fecha" vale "2026-02-27"
      Y que el campo "glosas[0].decisionAuditor.tipo" vale "LEVANTA_TOTAL"
      Y que el campo "glosas[0].decisionAuditor.soporte" vale "true"
      Y que el campo "glosas[1].id" vale "G1"
      Y que el campo "glosas[1].codigo" vale "GL_NO_PERTINENTE"
      Y que el campo "glosas[1].valor" vale "1000"
      Y que el campo "glosas[1].surgeDeLaRespuesta" vale "G1"
      Y que el campo "comunicaciones[0].fecha" vale "2026-02-27"
      Y que el campo "comunicaciones[0].medio" vale "CORREO_CERTIFICADO"
      Y que el campo "comunicaciones[0].acuseRecibo" vale "true"
      Y que el campo "comunicaciones[0].fechaCita" vale "2026-02-26"
      Cuando pido la decisión
      Entonces la respuesta es un error 400 que nombra el campo "glosas"
      Y la respuesta es un error 400 que nombra el campo "glosas[0].respuestaPrestador.fecha"
      Y la respuesta es un error 400 que nombra el campo "glosas[0].decisionAuditor"
      Y la respuesta es un error 400 que nombra el campo "glosas[1].id"
      Y la respuesta es un error 400 que nombra el campo "glosas[1].surgeDeLaRespuesta"
      Y la respuesta es un error 400 que nombra el campo "comunicaciones[0].fechaCita"

    Escenario: Los errores de enumerados y tipos de varias glosas van juntos
      Dado que el campo "glosas[1].id" vale "G2"
      Y que el campo "glosas[1].codigo" vale "GL_NO_PERTINENTE"
      Y que el campo "glosas[1].valor" vale "mucho"
      Y que el campo "glosas[1].respuestaPrestador.fecha" vale "2026-02-27"
      Y que el campo "glosas[1].respuestaPrestador.tipo" vale "NO_ACEPTA_SUBSANA"
      Y que el campo "glosas[1].decisionAuditor.fecha" vale "2026-03-02"
      Y que el campo "glosas[1].decisionAuditor.tipo" vale "ANULA"
      Y que el campo "glosas[1].decisionAuditor.soporte" vale "true"
      Y que el campo "prestador.estado" vale "CERRADO"
      Cuando pido la decisión
      Entonces la respuesta es un error 400 que nombra el campo "glosas[1].decisionAuditor.tipo"
      Y la respuesta es un error 400 que nombra el campo "glosas[1].valor"
      Y la respuesta es un error 400 que nombra el campo "prestador.estado"

  Regla: El ejemplo de la especificación
    Los valores del ejemplo de spec/conciliacion.md, "Valores", tal como los da el servicio.

    Escenario: El ejemplo de la especificación: dos glosas conciliadas, una nueva aceptada y el pago tras la Semana Santa
      Dado una solicitud de "conciliacion" como esta:
        """
        {
          "factura": {"numero": "FE-1001", "fechaRadicacion": "2026-02-12", "valorTotal": 200000},
          "prestador": {"nit": "900123456", "nombre": "Clínica X", "estado": "ACTIVO", "enLitigio": false},
          "notificacion": {"fecha": "2026-02-20", "acuseRecibo": true},
          "glosas": [
            {"id": "G1", "item": "1", "codigo": "GL_TARIFA_SUPERA_PACTADA", "codigoManual": "TA0201", "valor": 10000,
             "origen": "INICIAL", "respuestaPrestador": {"fecha": "2026-03-06", "tipo": "NO_ACEPTA_SUBSANA"},
             "decisionAuditor": {"fecha": "2026-03-13", "tipo": "RATIFICA", "soporte": true}},
            {"id": "G2", "item": "2", "codigo": "GL_SOPORTE_FALTANTE", "codigoManual": "SO0801", "valor": 120000,
             "respuestaPrestador": {"fecha": "2026-03-06", "tipo": "ACEPTA_PARCIAL", "valorAceptado": 20000},
             "decisionAuditor": {"fecha": "2026-03-13", "tipo": "LEVANTA_PARCIAL", "valorLevantado": 60000, "soporte": true}},
            {"id": "G3", "codigo": "GL_NO_PERTINENTE", "valor": 5000, "origen": "NUEVA", "surgeDeLaRespuesta": "G2",
             "notificacion": {"fecha": "2026-03-10", "acuseRecibo": true},
             "respuestaPrestador": {"fecha": "2026-03-17", "tipo": "ACEPTA_TOTAL"}}
          ],
          "comunicaciones": [{"fecha": "2026-03-16", "medio": "CORREO_CERTIFICADO", "acuseRecibo": true, "fechaCita": "2026-03-27"}],
          "acta": {"fecha": "2026-03-27", "firmadaPrestador": true, "firmadaAuditoria": true, "firmantePrestador": "DELEGADO",
                   "poderGerente": true, "enviadaRevisor": false,
                   "glosas": [{"id": "G1", "valorLevantado": 4000}, {"id": "G2", "valorLevantado": 10000}]},
          "ampliacionAns": {"motivo": "CANTIDAD_ANEXOS", "fechaNotificacionLider": "2026-03-09", "diasHabiles": 5},
          "fechaEvaluacion": "2026-03-30"
        }
        """
      Cuando pido la decisión
      Entonces el resultado es "CERRADA"
      Y el campo "glosas[0].estado" de la respuesta vale "CONCILIADA"
      Y el campo "glosas[0].valorConciliado" de la respuesta vale "6000"
      Y el campo "glosas[1].estado" de la respuesta vale "CONCILIADA"
      Y el campo "glosas[1].valorConciliado" de la respuesta vale "30000"
      Y el campo "glosas[2].estado" de la respuesta vale "ACEPTADA"
      Y el campo "valorAPagar" de la respuesta vale "139000"
      Y la acción "PAGAR_VALOR_LEVANTADO" vence el "2026-03-20"
      Y la acción "PAGAR_VALOR_LEVANTADO" vence el "2026-04-07"

  Regla: Lotes
    Un lote de unos cientos de historias de facturas decide cada caso y da el error de cada caso inválido en su
    posición, sin tumbar el lote.

    Escenario: Un lote de historias con casos inválidos
      Dado un lote de "conciliacion" con los casos de "examples/conciliacion-lote.json"
      Cuando pido la decisión del lote
      Entonces el campo "resumen.total" de la respuesta vale "300"
      Y el campo "resumen.errores" de la respuesta vale "12"
      Y el campo "resumen.porResultado.CERRADA" de la respuesta vale "64"
      Y el campo "resumen.porResultado.CERRADA_POR_LIQUIDACION" de la respuesta vale "32"
      Y el campo "resumen.porResultado.EXCEPTUADA" de la respuesta vale "32"
      Y el campo "resumen.porResultado.PLAZO_MAXIMO_VENCIDO" de la respuesta vale "32"
      Y el campo "resumen.porResultado.REQUIERE_CORRECCION" de la respuesta vale "32"
      Y el campo "resumen.porResultado.PENDIENTE_RESPUESTA_PRESTADOR" de la respuesta vale "32"
      Y el campo "resumen.porResultado.PENDIENTE_DECISION_AUDITOR" de la respuesta vale "32"
      Y el campo "resumen.porResultado.EN_CONCILIACION" de la respuesta vale "32"
      Y el campo "resumen.valorAPagar" de la respuesta vale "87968000"
      Y el campo "resumen.valorEnDisputa" de la respuesta vale "5120000"
      Y el campo "resultados[0].resultado" de la respuesta vale "CERRADA"
      Y el campo "resultados[5].error.status" de la respuesta vale "400"
      Y el campo "resultados[5].factura.numero" de la respuesta vale "FE-L0289"
      Y el campo "resultados[5].error.errores[0].campo" de la respuesta vale "glosas[0].decisionAuditor"
      Y el campo "resultados[6].factura.numero" de la respuesta vale "FE-L0006"
