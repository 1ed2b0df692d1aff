# language: es
Característica: Auditoría de solicitudes de reembolso (reembolsos)
  La auditoría de reembolsos de la ARL decide cuánto se reconoce de lo que el trabajador o su empleador pagó por
  prestaciones asistenciales o traslados de un accidente de trabajo o una enfermedad laboral, qué se objeta y por qué,
  qué queda pendiente, qué hallazgos se reportan y para cuándo (spec/reembolsos.md). La solicitud base es la de la
  especificación: una consulta de ortopedia autorizada ($180.000, factura) y un taxi a terapia con número de solicitud
  ($40.000, cuenta de cobro, a la tarifa de la compañía), de un accidente de trabajo de origen laboral: APROBADO.
  Cada fila cambia hasta cuatro campos (columna vacía = sin cambio). Para añadir un caso basta una fila en Ejemplos.
  Fechas de la base: siniestro 2026-02-04, radicación lunes 2026-03-30 (antes de Semana Santa), auditoría 2026-03-31.

  Antecedentes:
    Dado una solicitud de "reembolsos" como esta:
      """
      {
        "reembolso": {"numero": "RE-2026-004512", "fechaRadicacion": "2026-03-30", "solicitante": "AFILIADO", "ciudad": "Tunja"},
        "afiliado": {"tipoDocumento": "CC", "numeroDocumento": "1010101010", "nombre": "Luis Gómez", "coberturaVigente": true},
        "siniestro": {"id": "SIN-778", "tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-04", "origen": "LABORAL",
                      "origenEnFirme": true, "accidenteTransito": false},
        "certificacionSoat": null,
        "items": [
          {"id": "1", "tipo": "PRESTACION_ASISTENCIAL", "descripcion": "Consulta de ortopedia",
           "fechaServicio": "2026-02-10", "valor": 180000,
           "comprobante": {"tipo": "FACTURA", "numero": "FE-5521", "nitEmisor": "900123456", "fechaExpedicion": "2026-02-10",
                           "cumpleRequisitosDian": true, "original": true, "cancelada": true},
           "autorizacion": {"numero": "AU-88121", "correspondeAlServicio": true}, "numeroSolicitud": null,
           "pertinencia": "PERTINENTE", "asociadoAlEvento": true, "soportes": ["ORDEN_MEDICA"]},
          {"id": "2", "tipo": "TRASLADO", "descripcion": "Taxi a terapia física", "fechaServicio": "2026-02-12",
           "valor": 40000, "tarifaCompania": 40000,
           "comprobante": {"tipo": "CUENTA_DE_COBRO", "numero": "CC-17", "nitEmisor": "79111222", "fechaExpedicion": "2026-02-12",
                           "cumpleRequisitosDian": null, "original": true, "cancelada": true},
           "autorizacion": null, "numeroSolicitud": "SOL-4410",
           "pertinencia": "SIN_EVALUAR", "asociadoAlEvento": true, "soportes": ["FORMATO_RELACION_TRASLADO"]}
        ],
        "historial": [{"numeroReembolso": "RE-2026-003900", "nitEmisor": "900123456", "numeroComprobante": "FE-5400", "estado": "PAGADO"}],
        "hallazgosAuditor": [],
        "etapa": "AUDITORIA", "fechaConciliacion": null, "fechaRequerimientoCorreo": null, "fechaEvaluacion": "2026-03-31"
      }
      """

  Esquema del escenario: Resultado, causales y valores: <caso>
    Dado que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Y que el campo "<campo3>" vale "<valor3>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y el campo "valorSolicitado" de la respuesta vale "<solicitado>"
    Y el campo "valorObjetado" de la respuesta vale "<objetado>"
    Y el campo "valorPendiente" de la respuesta vale "<pendiente>"
    Y el campo "valorAprobado" de la respuesta vale "<aprobado>"
    Y las reglas aplicadas incluyen "<regla>"

    Ejemplos:
      | caso                                                        | campo1                                | valor1        | campo2                             | valor2         | campo3                        | valor3  | resultado              | causales                                       | solicitado | objetado | pendiente | aprobado | regla                                                                                             |
      | solicitud de la especificación                              |                                       |               |                                    |                |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   | Un traslado sin autorización se avala con el número de su solicitud                               |
      | sin cobertura vigente: se objetan todos los ítems           | afiliado.coberturaVigente             | false         |                                    |                |                               |         | OBJETADO_TOTAL         | RE_SIN_COBERTURA                               | 220000     | 220000   | 0         | 0        | Una solicitud objetada por todo su valor es objetado total                                        |
      | evento sin calificación de origen: todo queda pendiente     | siniestro.origen                      | SIN_CALIFICAR |                                    |                |                               |         | PENDIENTE_CALIFICACION | RE_EVENTO_SIN_CALIFICACION                     | 220000     | 0        | 220000    | 0        | Un evento sin calificación de origen deja pendiente lo que no se objete                           |
      | origen común sin firmeza: pendiente hasta la firmeza        | siniestro.origen                      | COMUN         | siniestro.origenEnFirme            | false          |                               |         | PENDIENTE_CALIFICACION | RE_ORIGEN_COMUN_SIN_FIRMEZA                    | 220000     | 0        | 220000    | 0        | Un origen común sin firmeza deja pendiente lo que no se objete hasta que quede en firme           |
      | origen laboral sin firmeza se reconoce                      | siniestro.origenEnFirme               | false         |                                    |                |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | origen común en firme: el traslado sin autorización objeta  | siniestro.origen                      | COMUN         |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_ORIGEN_COMUN                                | 220000     | 40000    | 0         | 180000   | Con origen común en firme un ítem sin autorización válida se objeta: responde la EPS              |
      | origen común en firme con autorización que no corresponde   | siniestro.origen                      | COMUN         | items[0].autorizacion.correspondeAlServicio | false |                               |         | OBJETADO_TOTAL         | RE_ORIGEN_COMUN, RE_AUTORIZACION_NO_CORRESPONDE | 220000    | 220000   | 0         | 0        |                                                                                                   |
      | prestación sin autorización ni pertinencia evaluada         | items[0].autorizacion                 | null          | items[0].pertinencia               | SIN_EVALUAR    |                               |         | OBJETADO_PARCIAL       | RE_SIN_AUTORIZACION                            | 220000     | 180000   | 0         | 40000    | Una solicitud objetada por parte de su valor es objetado parcial                                  |
      | prestación sin autorización y no pertinente                 | items[0].autorizacion                 | null          | items[0].pertinencia               | NO_PERTINENTE  |                               |         | OBJETADO_PARCIAL       | RE_SIN_AUTORIZACION, RE_NO_PERTINENTE          | 220000     | 180000   | 0         | 40000    |                                                                                                   |
      | prestación sin autorización avalada por su pertinencia      | items[0].autorizacion                 | null          |                                    |                |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   | Una prestación sin autorización se avala por su pertinencia médica y administrativa               |
      | traslado sin autorización ni número de solicitud            | items[1].numeroSolicitud              | null          |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_TRASLADO_SIN_SOLICITUD                      | 220000     | 40000    | 0         | 180000   | Un traslado sin autorización ni número de solicitud se objeta                                     |
      | traslado con número de solicitud vacío es sin solicitud     | items[1].numeroSolicitud              | (vacío)       |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_TRASLADO_SIN_SOLICITUD                      | 220000     | 40000    | 0         | 180000   |                                                                                                   |
      | traslado con autorización no necesita solicitud             | items[1].numeroSolicitud              | null          | items[1].autorizacion.numero       | AU-90001       | items[1].autorizacion.correspondeAlServicio | true | APROBADO | ninguna                                 | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | autorización que no corresponde aunque sea pertinente       | items[0].autorizacion.correspondeAlServicio | false   |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_AUTORIZACION_NO_CORRESPONDE                 | 220000     | 180000   | 0         | 40000    | Un ítem cuya autorización no corresponde al servicio se objeta aunque sea pertinente              |
      | servicio no pertinente                                      | items[0].pertinencia                  | NO_PERTINENTE |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_NO_PERTINENTE                               | 220000     | 180000   | 0         | 40000    | Un ítem no pertinente se objeta                                                                   |
      | traslado sin asociación con el evento calificado            | items[1].asociadoAlEvento             | false         |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_SIN_ASOCIACION_EVENTO                       | 220000     | 40000    | 0         | 180000   | Un ítem sin asociación directa con el evento calificado se objeta                                 |
      | servicio prestado antes del siniestro                       | items[0].fechaServicio                | 2026-02-01    |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_SERVICIO_ANTES_DEL_EVENTO                   | 220000     | 180000   | 0         | 40000    | Un servicio prestado antes del siniestro se objeta                                                |
      | servicio el mismo día del siniestro                         | items[0].fechaServicio                | 2026-02-04    |                                    |                |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | comprobante ya pagado en otro reembolso del historial       | historial[0].numeroComprobante        | FE-5521       |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_DOBLE_COBRO                                 | 220000     | 180000   | 0         | 40000    | Un comprobante ya cobrado en otro reembolso del historial se objeta por doble cobro               |
      | doble cobro sin distinguir mayúsculas                       | historial[0].numeroComprobante        | fe-5521       | historial[0].estado                | EN_TRAMITE     |                               |         | OBJETADO_PARCIAL       | RE_DOBLE_COBRO                                 | 220000     | 180000   | 0         | 40000    |                                                                                                   |
      | mismo número de otro emisor no es doble cobro               | historial[0].numeroComprobante        | FE-5521       | historial[0].nitEmisor             | '800111222'    |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | comprobante de un reembolso objetado no es doble cobro      | historial[0].numeroComprobante        | FE-5521       | historial[0].estado                | OBJETADO       |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | el mismo reembolso en el historial no es doble cobro        | historial[0].numeroComprobante        | FE-5521       | historial[0].numeroReembolso       | RE-2026-004512 |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | comprobante repetido en la misma solicitud                  | items[1].comprobante.numero           | FE-5521       | items[1].comprobante.nitEmisor     | '900123456'    |                               |         | OBJETADO_PARCIAL       | RE_DOBLE_COBRO                                 | 220000     | 40000    | 0         | 180000   | Un comprobante repetido en la misma solicitud se objeta por doble cobro en cada repetición tras la primera |
      | comprobante expedido antes del servicio                     | items[0].comprobante.fechaExpedicion  | 2026-02-09    |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_FECHAS_INCONSISTENTES                       | 220000     | 180000   | 0         | 40000    | Un comprobante expedido antes de la fecha del servicio se objeta por fechas inconsistentes        |
      | factura que no cumple los requisitos de la DIAN             | items[0].comprobante.cumpleRequisitosDian | false     |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_FACTURA_NO_CUMPLE_DIAN                      | 220000     | 180000   | 0         | 40000    | Una factura que no cumple los requisitos de la DIAN se objeta                                     |
      | en una cuenta de cobro el dato DIAN se ignora               | items[1].comprobante.cumpleRequisitosDian | false     |                                    |                |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | cuenta de cobro que no es original                          | items[1].comprobante.original         | false         |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_COMPROBANTE_NO_ORIGINAL                     | 220000     | 40000    | 0         | 180000   | Un comprobante que no es original se objeta                                                       |
      | factura que no está cancelada                               | items[0].comprobante.cancelada        | false         |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_COMPROBANTE_NO_CANCELADO                    | 220000     | 180000   | 0         | 40000    | Un comprobante que no está cancelado no prueba el pago y se objeta                                |
      | varias causales sobre un ítem no objetan más que su valor   | items[0].comprobante.cancelada        | false         | items[0].comprobante.original      | false          | items[0].pertinencia          | NO_PERTINENTE | OBJETADO_PARCIAL | RE_NO_PERTINENTE, RE_COMPROBANTE_NO_ORIGINAL, RE_COMPROBANTE_NO_CANCELADO | 220000 | 180000 | 0 | 40000 |                                                                                     |
      | traslado por encima de la tarifa: se objeta la diferencia   | items[1].valor                        | 55000         |                                    |                |                               |         | OBJETADO_PARCIAL       | RE_TRASLADO_SUPERA_TARIFA                      | 235000     | 15000    | 0         | 220000   | Un traslado por encima de la tarifa de la compañía se objeta por la diferencia                    |
      | traslado justo en la tarifa                                 | items[1].tarifaCompania               | 40000.00      |                                    |                |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | traslado sin tarifa de la compañía no se compara            | items[1].valor                        | 55000         | items[1].tarifaCompania            | (ausente)      |                               |         | APROBADO               | ninguna                                        | 235000     | 0        | 0         | 235000   |                                                                                                   |
      | la tarifa de una prestación no cuenta                       | items[0].tarifaCompania               | 100000        |                                    |                |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | traslado sobre la tarifa y además no original               | items[1].valor                        | 55000         | items[1].comprobante.original      | false          |                               |         | OBJETADO_PARCIAL       | RE_COMPROBANTE_NO_ORIGINAL, RE_TRASLADO_SUPERA_TARIFA | 235000 | 55000  | 0         | 180000   |                                                                                                   |
      | prestación sin orden médica: pendiente de documentos        | items[0].soportes                     | []            |                                    |                |                               |         | PENDIENTE_DOCUMENTOS   | RE_SOPORTE_FALTANTE                            | 220000     | 0        | 180000    | 40000    | Una solicitud con valor pendiente de documentos queda pendiente de documentos                     |
      | traslado sin formato de relación: pendiente de documentos   | items[1].soportes                     | []            |                                    |                |                               |         | PENDIENTE_DOCUMENTOS   | RE_SOPORTE_FALTANTE                            | 220000     | 0        | 40000     | 180000   | A un ítem le falta un soporte que su tipo exige siempre                                           |
      | un soporte desconocido se ignora                            | items[0].soportes[1]                  | FOTO_DEL_PACIENTE |                                |                |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | sin soportes declarados                                     | items[1].soportes                     | (ausente)     |                                    |                |                               |         | PENDIENTE_DOCUMENTOS   | RE_SOPORTE_FALTANTE                            | 220000     | 0        | 40000     | 180000   |                                                                                                   |
      | diferencia de tarifa objetada y el resto pendiente          | items[1].valor                        | 55000         | items[1].soportes                  | []             |                               |         | PENDIENTE_DOCUMENTOS   | RE_TRASLADO_SUPERA_TARIFA, RE_SOPORTE_FALTANTE | 235000     | 15000    | 40000     | 180000   |                                                                                                   |
      | pendiente de un ítem objetado: se lista y no deja pendiente | items[0].pertinencia                  | NO_PERTINENTE | items[0].soportes                  | []             |                               |         | OBJETADO_PARCIAL       | RE_NO_PERTINENTE, RE_SOPORTE_FALTANTE          | 220000     | 180000   | 0         | 40000    |                                                                                                   |
      | sin calificación y todo objetado: total con las dos causales | afiliado.coberturaVigente            | false         | siniestro.origen                   | SIN_CALIFICAR  |                               |         | OBJETADO_TOTAL         | RE_SIN_COBERTURA, RE_EVENTO_SIN_CALIFICACION   | 220000     | 220000   | 0         | 0        |                                                                                                   |
      | sin calificación con un ítem objetado y otro pendiente      | siniestro.origen                      | SIN_CALIFICAR | items[0].pertinencia               | NO_PERTINENTE  |                               |         | PENDIENTE_CALIFICACION | RE_EVENTO_SIN_CALIFICACION, RE_NO_PERTINENTE   | 220000     | 180000   | 40000     | 0        |                                                                                                   |
      | común sin firmeza con un soporte faltante                   | siniestro.origen                      | COMUN         | siniestro.origenEnFirme            | false          | items[1].soportes             | []      | PENDIENTE_CALIFICACION | RE_ORIGEN_COMUN_SIN_FIRMEZA, RE_SOPORTE_FALTANTE | 220000   | 0        | 220000    | 0        |                                                                                                   |
      | alto costo sin historia clínica: pendiente de documentos    | items[0].valor                        | 5000000       |                                    |                |                               |         | PENDIENTE_DOCUMENTOS   | RE_SOPORTE_FALTANTE                            | 5040000    | 0        | 5000000   | 40000    | En una solicitud de alto costo a un ítem le falta un soporte que su tipo exige en alto costo      |
      | alto costo justo en el umbral con historia clínica          | items[0].valor                        | 4960000       | items[0].soportes[1]               | HISTORIA_CLINICA |                             |         | APROBADO               | ninguna                                        | 5000000    | 0        | 0         | 5000000  | Una solicitud desde el umbral de alto costo es de alto costo                                      |
      | un peso por debajo del umbral no exige historia clínica     | items[0].valor                        | 4959999       |                                    |                |                               |         | APROBADO               | ninguna                                        | 4999999    | 0        | 0         | 4999999  |                                                                                                   |
      | accidente de tránsito sin certificación del SOAT            | siniestro.accidenteTransito           | true          |                                    |                |                               |         | PENDIENTE_DOCUMENTOS   | RE_SIN_CERTIFICACION_SOAT                      | 220000     | 0        | 180000    | 40000    | A una prestación de un accidente de tránsito le falta la certificación de la aseguradora del SOAT |
      | SOAT agotado: la ARL asume todo                             | siniestro.accidenteTransito           | true          | certificacionSoat.valorPagado      | 46690800       |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   | Con la certificación de la aseguradora, el saldo SOAT es lo que le falta a lo pagado para llegar al tope |
      | SOAT pagado por encima del tope: saldo cero                 | siniestro.accidenteTransito           | true          | certificacionSoat.valorPagado      | 50000000       |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | saldo SOAT menor que la prestación: se objeta lo imputado   | siniestro.accidenteTransito           | true          | certificacionSoat.valorPagado      | 46600000       |                               |         | OBJETADO_PARCIAL       | RE_TOPE_SOAT_NO_AGOTADO                        | 220000     | 90800    | 0         | 129200   |                                                                                                   |
      | SOAT sin pagos: la prestación va al SOAT, el traslado no    | siniestro.accidenteTransito           | true          | certificacionSoat.valorPagado      | 0              |                               |         | OBJETADO_PARCIAL       | RE_TOPE_SOAT_NO_AGOTADO                        | 220000     | 180000   | 0         | 40000    |                                                                                                   |
      | SOAT en conciliación sin certificación: se objeta           | siniestro.accidenteTransito           | true          | etapa                              | CONCILIACION   | fechaConciliacion             | 2026-04-15 | OBJETADO_PARCIAL    | RE_SIN_CERTIFICACION_SOAT                      | 220000     | 180000   | 0         | 40000    | En la conciliación un documento faltante objeta el ítem: ya no hay espera por documentos          |
      | conciliación sin soporte: se objeta, no queda pendiente     | etapa                                 | CONCILIACION  | fechaConciliacion                  | 2026-04-15     | items[0].soportes             | []      | OBJETADO_PARCIAL       | RE_SOPORTE_FALTANTE                            | 220000     | 180000   | 0         | 40000    |                                                                                                   |
      | conciliación con los documentos ya aportados                | etapa                                 | CONCILIACION  | fechaConciliacion                  | 2026-04-15     |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | la fecha de conciliación en auditoría se ignora             | fechaConciliacion                     | 2026-01-01    |                                    |                |                               |         | APROBADO               | ninguna                                        | 220000     | 0        | 0         | 220000   |                                                                                                   |
      | valores con centavos                                        | items[0].valor                        | 180000.50     | items[1].valor                     | 40000.25       |                               |         | OBJETADO_PARCIAL       | RE_TRASLADO_SUPERA_TARIFA                      | 220000.75  | 0.25     | 0         | 220000.50 |                                                                                                  |

  Esquema del escenario: Tope y saldo SOAT de gastos médicos (800 salarios mínimos diarios del año del accidente): <caso>
    Dado que el campo "siniestro.accidenteTransito" vale "true"
    Y que el campo "siniestro.fecha" vale "<siniestro>"
    Y que el campo "certificacionSoat.valorPagado" vale "<pagado>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y el campo "topeSoat" de la respuesta vale "<tope>"
    Y el campo "saldoSoat" de la respuesta vale "<saldo>"
    Y el campo "valorObjetado" de la respuesta vale "<objetado>"

    Ejemplos:
      | caso                                         | siniestro  | pagado    | resultado        | tope     | saldo     | objetado |
      | accidente de 2026: 800 × 1.750.905 / 30       | 2026-02-04 | 46690800  | APROBADO         | 46690800 | 0         | 0        |
      | accidente de 2025: 800 × 1.423.500 / 30       | 2025-12-31 | 37900000  | OBJETADO_PARCIAL | 37960000 | 60000     | 60000    |
      | accidente de 2015, el primer año del catálogo | 2015-06-01 | 17182667  | APROBADO         | 17182667 | 0         | 0        |
      | accidente de 2019: redondeo al peso           | 2019-03-01 | 22083093  | APROBADO         | 22083093 | 0         | 0        |

  Escenario: Sin accidente de tránsito no hay tope ni saldo SOAT
    Cuando pido la decisión
    Entonces el resultado es "APROBADO"
    Y el campo "topeSoat" de la respuesta vale "(ausente)"
    Y el campo "saldoSoat" de la respuesta vale "(ausente)"

  Escenario: Accidente de tránsito sin certificación: tope sin saldo y la certificación se pide
    Dado que el campo "siniestro.accidenteTransito" vale "true"
    Cuando pido la decisión
    Entonces el resultado es "PENDIENTE_DOCUMENTOS"
    Y el campo "topeSoat" de la respuesta vale "46690800"
    Y el campo "saldoSoat" de la respuesta vale "(ausente)"
    Y el campo "pendientes[0].item" de la respuesta vale "'1'"
    Y el campo "pendientes[0].causales" de la respuesta es la lista "RE_SIN_CERTIFICACION_SOAT"
    Y el campo "pendientes[0].soportesFaltantes" de la respuesta es la lista "CERTIFICACION_SOAT"
    Y el campo "notificacion.documentosSolicitados" de la respuesta es la lista "CERTIFICACION_SOAT"

  Escenario: El saldo SOAT se imputa a las prestaciones en el orden de los ítems
    Dado que el campo "siniestro.accidenteTransito" vale "true"
    Y que el campo "certificacionSoat.valorPagado" vale "46490800"
    Y que el campo "items[1].tipo" vale "PRESTACION_ASISTENCIAL"
    Y que el campo "items[1].soportes[0]" vale "ORDEN_MEDICA"
    Y que el campo "items[1].autorizacion.numero" vale "AU-88122"
    Y que el campo "items[1].autorizacion.correspondeAlServicio" vale "true"
    Cuando pido la decisión
    Entonces el resultado es "OBJETADO_PARCIAL"
    Y las causales son "RE_TOPE_SOAT_NO_AGOTADO"
    Y el campo "saldoSoat" de la respuesta vale "200000"
    Y el campo "objeciones[0].item" de la respuesta vale "'1'"
    Y el campo "objeciones[0].valor" de la respuesta vale "180000"
    Y el campo "objeciones[1].item" de la respuesta vale "'2'"
    Y el campo "objeciones[1].valor" de la respuesta vale "20000"
    Y el campo "objeciones[1].causales[0].codigo" de la respuesta vale "RE_TOPE_SOAT_NO_AGOTADO"
    Y el campo "objeciones[1].causales[0].concepto" de la respuesta vale "COBERTURA"
    Y el campo "valorAprobado" de la respuesta vale "20000"

  Esquema del escenario: Objeciones y pendientes por ítem: <caso>
    Dado que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y el campo "objeciones[0].item" de la respuesta vale "<itemObjetado>"
    Y el campo "objeciones[0].numeroComprobante" de la respuesta vale "<comprobante>"
    Y el campo "objeciones[0].valor" de la respuesta vale "<valorObjetado>"
    Y el campo "objeciones[0].causales[0].codigo" de la respuesta vale "<causalObjecion>"
    Y el campo "objeciones[0].causales[0].concepto" de la respuesta vale "<concepto>"
    Y el campo "pendientes[0].item" de la respuesta vale "<itemPendiente>"
    Y el campo "pendientes[0].valor" de la respuesta vale "<valorPendiente>"
    Y el campo "pendientes[0].causales" de la respuesta es la lista "<causalesPendiente>"
    Y el campo "pendientes[0].soportesFaltantes" de la respuesta es la lista "<soportesFaltantes>"

    Ejemplos:
      | caso                                              | campo1               | valor1        | campo2            | valor2  | resultado              | itemObjetado | comprobante | valorObjetado | causalObjecion   | concepto    | itemPendiente | valorPendiente | causalesPendiente                             | soportesFaltantes |
      | sin objeciones ni pendientes                      |                      |               |                   |         | APROBADO               | (ausente)    |             |               |                  |             | (ausente)     |                |                                               |                   |
      | objeción de la prestación                         | items[0].pertinencia | NO_PERTINENTE |                   |         | OBJETADO_PARCIAL       | '1'          | FE-5521     | 180000        | RE_NO_PERTINENTE | PERTINENCIA | (ausente)     |                |                                               |                   |
      | objeción por diferencia de tarifa del traslado    | items[1].valor       | 60000         |                   |         | OBJETADO_PARCIAL       | '2'          | CC-17       | 20000         | RE_TRASLADO_SUPERA_TARIFA | TARIFAS | (ausente)   |                |                                               |                   |
      | objeción con su pendiente: va en la objeción      | items[0].pertinencia | NO_PERTINENTE | items[0].soportes | []      | OBJETADO_PARCIAL       | '1'          | FE-5521     | 180000        | RE_NO_PERTINENTE | PERTINENCIA | (ausente)     |                |                                               |                   |
      | pendiente del traslado con su soporte faltante    | items[1].soportes    | []            |                   |         | PENDIENTE_DOCUMENTOS   | (ausente)    |             |               |                  |             | '2'           | 40000          | RE_SOPORTE_FALTANTE                           | FORMATO_RELACION_TRASLADO |
      | alto costo: faltan orden e historia clínica       | items[0].valor       | 6000000       | items[0].soportes | []      | PENDIENTE_DOCUMENTOS   | (ausente)    |             |               |                  |             | '1'           | 6000000        | RE_SOPORTE_FALTANTE                           | HISTORIA_CLINICA, ORDEN_MEDICA |
      | sin calificación: pendiente por la calificación   | siniestro.origen     | SIN_CALIFICAR |                   |         | PENDIENTE_CALIFICACION | (ausente)    |             |               |                  |             | '1'           | 180000         | RE_EVENTO_SIN_CALIFICACION                    | ninguna           |
      | sin calificación y sin soporte                    | siniestro.origen     | SIN_CALIFICAR | items[0].soportes | []      | PENDIENTE_CALIFICACION | (ausente)    |             |               |                  |             | '1'           | 180000         | RE_EVENTO_SIN_CALIFICACION, RE_SOPORTE_FALTANTE | ORDEN_MEDICA    |

  Esquema del escenario: Acciones y hallazgos: <caso>
    Dado que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Y que el campo "<campo3>" vale "<valor3>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las acciones son "<acciones>"
    Y el campo "altoCosto" de la respuesta vale "<altoCosto>"
    Y el campo "posibleFraude" de la respuesta vale "<fraude>"
    Y el campo "valorPosibleRecobro" de la respuesta vale "<recobro>"
    Y las reglas aplicadas incluyen "<regla>"

    Ejemplos:
      | caso                                                | campo1                               | valor1           | campo2                       | valor2         | campo3 | valor3 | resultado              | acciones                                                                                                  | altoCosto | fraude | recobro | regla                                                                                  |
      | aprobado: carta y notificación                      |                                      |                  |                              |                |  |  | APROBADO               | GENERAR_CARTA_APROBACION, NOTIFICAR_USUARIO                                                               | false     | false  | 0       | Una solicitud aprobada tiene su carta de aprobación a más tardar 6 días hábiles después de la radicación |
      | objetado: informe, notificación y espera            | items[0].pertinencia                 | NO_PERTINENTE    |                              |                |  |  | OBJETADO_PARCIAL       | INFORME_HALLAZGOS, NOTIFICAR_USUARIO, ESPERAR_RESPUESTA_USUARIO                                           | false     | false  | 0       | Una solicitud con hallazgos se informa a más tardar 6 días hábiles después de la radicación |
      | objetado total: informe, notificación y espera      | afiliado.coberturaVigente            | false            |                              |                |  |  | OBJETADO_TOTAL         | INFORME_HALLAZGOS, NOTIFICAR_USUARIO, ESPERAR_RESPUESTA_USUARIO                                           | false     | false  | 0       | El solicitante tiene 15 días hábiles desde la notificación para responder las objeciones o aportar documentos |
      | pendiente de documentos: también espera             | items[0].soportes                    | []               |                              |                |  |  | PENDIENTE_DOCUMENTOS   | INFORME_HALLAZGOS, NOTIFICAR_USUARIO, ESPERAR_RESPUESTA_USUARIO                                           | false     | false  | 0       | El resultado de la auditoría se notifica al solicitante a más tardar 5 días calendario después de la auditoría |
      | evento sin calificación: se reporta, no se notifica | siniestro.origen                     | SIN_CALIFICAR    |                              |                |  |  | PENDIENTE_CALIFICACION | INFORME_HALLAZGOS, REPORTAR_EVENTO_SIN_CALIFICACION                                                       | false     | false  | 0       | Un evento sin calificación de origen se reporta                                        |
      | común sin firmeza: solo el informe                  | siniestro.origen                     | COMUN            | siniestro.origenEnFirme      | false          |  |  | PENDIENTE_CALIFICACION | INFORME_HALLAZGOS                                                                                         | false     | false  | 0       |                                                                                        |
      | común en firme: segunda línea y posible recobro     | siniestro.origen                     | COMUN            |                              |                |  |  | OBJETADO_PARCIAL       | REMITIR_SEGUNDA_LINEA_DE_PAGO, REPORTAR_POSIBLE_RECOBRO, INFORME_HALLAZGOS, NOTIFICAR_USUARIO, ESPERAR_RESPUESTA_USUARIO | false | false | 180000 | Un ítem objetado por origen común se remite a la segunda línea de pago |
      | común en firme todo autorizado: aprobado y recobro  | siniestro.origen                     | COMUN            | items[1].autorizacion.numero | AU-9 | items[1].autorizacion.correspondeAlServicio | true | APROBADO | REPORTAR_POSIBLE_RECOBRO, INFORME_HALLAZGOS, GENERAR_CARTA_APROBACION, NOTIFICAR_USUARIO | false | false | 220000 | Lo aprobado con origen común en firme y autorización se reporta como posible recobro a casa matriz |
      | común en firme, autorizado pero no pertinente       | siniestro.origen                     | COMUN            | items[0].pertinencia         | NO_PERTINENTE  |  |  | OBJETADO_TOTAL         | REMITIR_SEGUNDA_LINEA_DE_PAGO, INFORME_HALLAZGOS, NOTIFICAR_USUARIO, ESPERAR_RESPUESTA_USUARIO            | false     | false  | 0       | Con origen común en firme un ítem con autorización válida se avala como posible recobro a casa matriz |
      | alto costo aprobado: reporte, informe y carta       | items[0].valor                       | 4960000          | items[0].soportes[1]         | HISTORIA_CLINICA |  |  | APROBADO             | REPORTAR_ALTO_COSTO, INFORME_HALLAZGOS, GENERAR_CARTA_APROBACION, NOTIFICAR_USUARIO                       | true      | false  | 0       | Una solicitud de alto costo se reporta                                                 |
      | doble cobro contra el historial: posible fraude     | historial[0].numeroComprobante       | FE-5521          |                              |                |  |  | OBJETADO_PARCIAL       | REPORTAR_POSIBLE_FRAUDE, INFORME_HALLAZGOS, NOTIFICAR_USUARIO, ESPERAR_RESPUESTA_USUARIO                  | false     | true   | 0       | Un doble cobro contra el historial o unas fechas inconsistentes se reportan como posible fraude |
      | fechas inconsistentes: posible fraude               | items[1].comprobante.fechaExpedicion | 2026-02-11       |                              |                |  |  | OBJETADO_PARCIAL       | REPORTAR_POSIBLE_FRAUDE, INFORME_HALLAZGOS, NOTIFICAR_USUARIO, ESPERAR_RESPUESTA_USUARIO                  | false     | true   | 0       |                                                                                        |
      | repetición en la misma solicitud: no es fraude      | items[1].comprobante.numero          | FE-5521          | items[1].comprobante.nitEmisor | '900123456'  |  |  | OBJETADO_PARCIAL       | INFORME_HALLAZGOS, NOTIFICAR_USUARIO, ESPERAR_RESPUESTA_USUARIO                                           | false     | false  | 0       |                                                                                        |
      | hallazgo del auditor: calificación de PCL           | hallazgosAuditor[0]                  | CALIFICACION_PCL |                              |                |  |  | APROBADO               | REPORTAR_CALIFICACION_PCL, INFORME_HALLAZGOS, GENERAR_CARTA_APROBACION, NOTIFICAR_USUARIO                 | false     | false  | 0       | El auditor reporta un hallazgo de calificación de PCL                                  |
      | hallazgo del auditor: error de radicación           | hallazgosAuditor[0]                  | ERROR_RADICACION |                              |                |  |  | APROBADO               | REPORTAR_ERROR_RADICACION, INFORME_HALLAZGOS, GENERAR_CARTA_APROBACION, NOTIFICAR_USUARIO                 | false     | false  | 0       | El auditor reporta un error en la radicación del operador logístico                    |
      | hallazgo del auditor: bitácora errónea              | hallazgosAuditor[0]                  | BITACORA_ERRONEA | hallazgosAuditor[1]          | BITACORA_ERRONEA |  |  | APROBADO             | REPORTAR_BITACORA_ERRONEA, INFORME_HALLAZGOS, GENERAR_CARTA_APROBACION, NOTIFICAR_USUARIO                 | false     | false  | 0       | El auditor reporta un diligenciamiento erróneo de las bitácoras                        |
      | dos hallazgos del auditor                           | hallazgosAuditor[0]                  | CALIFICACION_PCL | hallazgosAuditor[1]          | ERROR_RADICACION |  |  | APROBADO             | REPORTAR_CALIFICACION_PCL, REPORTAR_ERROR_RADICACION, INFORME_HALLAZGOS, GENERAR_CARTA_APROBACION, NOTIFICAR_USUARIO | false | false | 0 |                                                                        |
      | un correo del solicitante se responde               | fechaRequerimientoCorreo             | 2026-04-01       |                              |                |  |  | APROBADO               | GENERAR_CARTA_APROBACION, NOTIFICAR_USUARIO, RESPONDER_CORREO                                             | false     | false  | 0       | Un correo del solicitante se responde a más tardar al tercer día hábil de recibido     |
      | conciliación: solo se comunica el resultado         | etapa                                | CONCILIACION     | fechaConciliacion            | 2026-04-15     |  |  | APROBADO               | COMUNICAR_RESULTADO_CONCILIACION                                                                          | false     | false  | 0       | El resultado de la conciliación se comunica a más tardar 10 días calendario después de la conciliación |

  Esquema del escenario: En conciliación siguen los reportes y el correo: <caso>
    Dado que el campo "etapa" vale "CONCILIACION"
    Y que el campo "fechaConciliacion" vale "2026-04-15"
    Y que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las acciones son "<acciones>"

    Ejemplos:
      | caso                                      | campo1                         | valor1        | campo2                   | valor2     | resultado              | acciones                                                                           |
      | objeción que persiste                     | items[0].pertinencia           | NO_PERTINENTE |                          |            | OBJETADO_PARCIAL       | COMUNICAR_RESULTADO_CONCILIACION                                                   |
      | evento aún sin calificación               | siniestro.origen               | SIN_CALIFICAR |                          |            | PENDIENTE_CALIFICACION | REPORTAR_EVENTO_SIN_CALIFICACION, COMUNICAR_RESULTADO_CONCILIACION                 |
      | doble cobro y un correo del solicitante   | historial[0].numeroComprobante | FE-5521       | fechaRequerimientoCorreo | 2026-04-20 | OBJETADO_PARCIAL       | REPORTAR_POSIBLE_FRAUDE, COMUNICAR_RESULTADO_CONCILIACION, RESPONDER_CORREO        |
      | origen común en firme                     | siniestro.origen               | COMUN         |                          |            | OBJETADO_PARCIAL       | REMITIR_SEGUNDA_LINEA_DE_PAGO, REPORTAR_POSIBLE_RECOBRO, COMUNICAR_RESULTADO_CONCILIACION |

  Esquema del escenario: Plazos de la auditoría en días hábiles y calendario: <caso>
    Dado que el campo "reembolso.fechaRadicacion" vale "<radicacion>"
    Y que el campo "fechaEvaluacion" vale "<auditoria>"
    Y que el campo "items[0].pertinencia" vale "<pertinencia>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y la acción "INFORME_HALLAZGOS" vence el "<informe>"
    Y la acción "GENERAR_CARTA_APROBACION" vence el "<carta>"
    Y la acción "NOTIFICAR_USUARIO" vence el "<notificar>"
    Y la acción "ESPERAR_RESPUESTA_USUARIO" vence el "<esperar>"
    Y el campo "notificacion.plazoRespuesta" de la respuesta vale "<plazoRespuesta>"

    Ejemplos:
      | caso                                                            | radicacion | auditoria  | pertinencia   | resultado        | informe    | carta      | notificar  | esperar    | plazoRespuesta |
      | lunes antes de Semana Santa: la carta salta jueves y viernes    | 2026-03-30 | 2026-03-31 | PERTINENTE    | APROBADO         |            | 2026-04-09 | 2026-04-05 |            | (ausente)      |
      | Semana Santa: la notificación cae en domingo y no se corre      | 2026-03-30 | 2026-03-31 | NO_PERTINENTE | OBJETADO_PARCIAL | 2026-04-09 |            | 2026-04-05 | 2026-04-24 | 2026-04-24     |
      | San José: lunes festivo 23 de marzo                             | 2026-03-18 | 2026-03-19 | NO_PERTINENTE | OBJETADO_PARCIAL | 2026-03-27 |            | 2026-03-24 | 2026-04-16 | 2026-04-16     |
      | Ascensión y Corpus Christi: lunes festivos de mayo y junio      | 2026-05-15 | 2026-05-15 | NO_PERTINENTE | OBJETADO_PARCIAL | 2026-05-26 |            | 2026-05-20 | 2026-06-11 | 2026-06-11     |
      | San Pedro y San Pablo: lunes 29 de junio                        | 2026-06-26 | 2026-06-30 | PERTINENTE    | APROBADO         |            | 2026-07-07 | 2026-07-05 |            | (ausente)      |
      | Virgen de Chiquinquirá (Ley 2578): lunes 13 y 20 de julio       | 2026-07-09 | 2026-07-10 | NO_PERTINENTE | OBJETADO_PARCIAL | 2026-07-21 |            | 2026-07-15 | 2026-08-06 | 2026-08-06     |
      | la notificación cae el 25 de diciembre y no se corre            | 2026-12-18 | 2026-12-20 | NO_PERTINENTE | OBJETADO_PARCIAL | 2026-12-29 |            | 2026-12-25 | 2027-01-19 | 2027-01-19     |
      | fin de año: 1 de enero y Reyes (lunes 11 de enero de 2027)      | 2026-12-28 | 2026-12-29 | NO_PERTINENTE | OBJETADO_PARCIAL | 2027-01-06 |            | 2027-01-03 | 2027-01-25 | 2027-01-25     |
      | fin de año aprobado: la carta vence en 2027                     | 2026-12-28 | 2026-12-29 | PERTINENTE    | APROBADO         |            | 2027-01-06 | 2027-01-03 |            | (ausente)      |

  Esquema del escenario: Plazos de la conciliación y del correo: <caso>
    Dado que el campo "reembolso.fechaRadicacion" vale "<radicacion>"
    Y que el campo "fechaEvaluacion" vale "<auditoria>"
    Y que el campo "etapa" vale "<etapa>"
    Y que el campo "fechaConciliacion" vale "<conciliacion>"
    Y que el campo "fechaRequerimientoCorreo" vale "<correo>"
    Cuando pido la decisión
    Entonces el resultado es "APROBADO"
    Y la acción "COMUNICAR_RESULTADO_CONCILIACION" vence el "<comunicar>"
    Y la acción "RESPONDER_CORREO" vence el "<responder>"

    Ejemplos:
      | caso                                                       | radicacion | auditoria  | etapa        | conciliacion | correo     | comunicar  | responder  |
      | conciliación el lunes antes de Semana Santa                | 2026-03-30 | 2026-03-31 | CONCILIACION | 2026-03-30   | (ausente)  | 2026-04-09 |            |
      | conciliación que se comunica el 1 de enero (festivo)       | 2026-12-18 | 2026-12-23 | CONCILIACION | 2026-12-22   | (ausente)  | 2027-01-01 |            |
      | conciliación del 26 de diciembre, comunicada en 2027       | 2026-12-18 | 2026-12-28 | CONCILIACION | 2026-12-26   | 2026-12-30 | 2027-01-05 | 2027-01-05 |
      | correo del Miércoles Santo                                 | 2026-03-30 | 2026-03-31 | AUDITORIA    | (ausente)    | 2026-04-01 |            | 2026-04-08 |
      | correo del viernes antes del 20 de julio                   | 2026-07-09 | 2026-07-10 | AUDITORIA    | (ausente)    | 2026-07-17 |            | 2026-07-23 |
      | correo anterior a la radicación: se responde igual         | 2026-03-30 | 2026-03-31 | AUDITORIA    | (ausente)    | 2026-03-29 |            | 2026-04-01 |
      | correo posterior a la auditoría, antes de la Ascensión     | 2026-03-30 | 2026-03-31 | AUDITORIA    | (ausente)    | 2026-05-14 |            | 2026-05-20 |

  Esquema del escenario: La notificación lleva lo que pide la nota 3: <caso>
    Dado que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y el campo "notificacion.destinatario" de la respuesta vale "<destinatario>"
    Y el campo "notificacion.numeroReembolso" de la respuesta vale "<numero>"
    Y el campo "notificacion.tipoDocumento" de la respuesta vale "<tipoDocumento>"
    Y el campo "notificacion.numeroDocumento" de la respuesta vale "<documento>"
    Y el campo "notificacion.nombreUsuario" de la respuesta vale "<nombre>"
    Y el campo "notificacion.resultado" de la respuesta vale "<resultadoNotificado>"
    Y el campo "notificacion.valorAprobado" de la respuesta vale "<aprobado>"
    Y el campo "notificacion.valorObjetado" de la respuesta vale "<objetado>"
    Y el campo "notificacion.objeciones[0].numeroComprobante" de la respuesta vale "<comprobante>"
    Y el campo "notificacion.objeciones[0].causales[0].concepto" de la respuesta vale "<concepto>"
    Y el campo "notificacion.objeciones[0].causales[0].descripcion" de la respuesta vale "<causa>"
    Y el campo "notificacion.documentosSolicitados" de la respuesta incluye "<documentos>"

    Ejemplos:
      | caso                                        | campo1                 | valor1        | campo2                  | valor2     | resultado              | destinatario | numero         | tipoDocumento | documento    | nombre     | resultadoNotificado | aprobado | objetado | comprobante | concepto    | causa                                          | documentos   |
      | aprobado: sin objeciones                    |                        |               |                         |            | APROBADO               | AFILIADO     | RE-2026-004512 | CC            | '1010101010' | Luis Gómez | APROBADO            | 220000   | 0        | (ausente)   |             |                                                | ninguna      |
      | objeción con concepto y causa               | items[0].pertinencia   | NO_PERTINENTE |                         |            | OBJETADO_PARCIAL       | AFILIADO     | RE-2026-004512 | CC            | '1010101010' | Luis Gómez | OBJETADO_PARCIAL    | 40000    | 180000   | FE-5521     | PERTINENCIA | Servicio no pertinente según la auditoría médica | ninguna    |
      | radicado por el empleador                   | reembolso.solicitante  | EMPLEADOR     | items[1].comprobante.cancelada | false | OBJETADO_PARCIAL     | EMPLEADOR    | RE-2026-004512 | CC            | '1010101010' | Luis Gómez | OBJETADO_PARCIAL    | 180000   | 40000    | CC-17       | FACTURACION | El comprobante no está cancelado: no prueba el pago | ninguna  |
      | documentos pedidos, sin repetir             | items[0].soportes      | []            | items[1].soportes       | []         | PENDIENTE_DOCUMENTOS   | AFILIADO     | RE-2026-004512 | CC            | '1010101010' | Luis Gómez | PENDIENTE_DOCUMENTOS | 0       | 0        | (ausente)   |             |                                                | ORDEN_MEDICA, FORMATO_RELACION_TRASLADO |
      | sin tipo de documento                       | afiliado.tipoDocumento | (ausente)     |                         |            | APROBADO               | AFILIADO     | RE-2026-004512 | (ausente)     | '1010101010' | Luis Gómez | APROBADO            | 220000   | 0        | (ausente)   |             |                                                | ninguna      |
      | conciliación: la comunicación del resultado | etapa                  | CONCILIACION  | fechaConciliacion       | 2026-04-15 | APROBADO               | AFILIADO     | RE-2026-004512 | CC            | '1010101010' | Luis Gómez | APROBADO            | 220000   | 0        | (ausente)   |             |                                                | ninguna      |

  Escenario: Pendiente de calificación no se notifica
    Dado que el campo "siniestro.origen" vale "SIN_CALIFICAR"
    Cuando pido la decisión
    Entonces el resultado es "PENDIENTE_CALIFICACION"
    Y el campo "notificacion" de la respuesta vale "(ausente)"

  Escenario: La conciliación comunica el resultado pero no da plazo de respuesta
    Dado que el campo "etapa" vale "CONCILIACION"
    Y que el campo "fechaConciliacion" vale "2026-04-15"
    Y que el campo "items[0].pertinencia" vale "NO_PERTINENTE"
    Cuando pido la decisión
    Entonces el resultado es "OBJETADO_PARCIAL"
    Y el campo "notificacion.resultado" de la respuesta vale "OBJETADO_PARCIAL"
    Y el campo "notificacion.plazoRespuesta" de la respuesta vale "(ausente)"
    Y la acción "COMUNICAR_RESULTADO_CONCILIACION" vence el "2026-04-25"

  Escenario: El número del reembolso vuelve en la respuesta
    Cuando pido la decisión
    Entonces el resultado es "APROBADO"
    Y el campo "reembolso.numero" de la respuesta vale "RE-2026-004512"
    Y el campo "valorPosibleRecobro" de la respuesta vale "0"
    Y el campo "objeciones" de la respuesta incluye "ninguna"
    Y el campo "pendientes" de la respuesta incluye "ninguna"

  Esquema del escenario: Entrada inválida: <caso>
    Dado que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "<error>"

    Ejemplos:
      | caso                                                 | campo1                                     | valor1              | campo2                      | valor2    | error                                      |
      | sin ítems                                            | items                                      | []                  |                             |           | items                                      |
      | ítems que no son una lista                           | items                                      | {}                  |                             |           | items                                      |
      | ítem nulo                                            | items[1]                                   | null                |                             |           | items[1]                                   |
      | id de ítem repetido                                  | items[1].id                                | '1'                 |                             |           | items[1].id                                |
      | id repetido con espacios                             | items[1].id                                | ' 1'                |                             |           | items[1].id                                |
      | valor cero                                           | items[0].valor                             | 0                   |                             |           | items[0].valor                             |
      | valor negativo                                       | items[1].valor                             | -40000              |                             |           | items[1].valor                             |
      | valor con más de dos decimales                       | items[0].valor                             | 180000.001          |                             |           | items[0].valor                             |
      | valor que es texto                                   | items[0].valor                             | '180000'            |                             |           | items[0].valor                             |
      | tarifa de la compañía negativa                       | items[1].tarifaCompania                    | -1                  |                             |           | items[1].tarifaCompania                    |
      | valor pagado por el SOAT negativo                    | certificacionSoat.valorPagado              | -1                  |                             |           | certificacionSoat.valorPagado              |
      | certificación SOAT sin valor pagado                  | certificacionSoat.aseguradora              | Seguros del Estado  |                             |           | certificacionSoat.valorPagado              |
      | servicio posterior a la radicación                   | items[0].fechaServicio                     | 2026-03-31          |                             |           | items[0].fechaServicio                     |
      | comprobante expedido después de la radicación        | items[1].comprobante.fechaExpedicion       | 2026-04-01          |                             |           | items[1].comprobante.fechaExpedicion       |
      | siniestro posterior a la radicación                  | siniestro.fecha                            | 2026-03-31          |                             |           | siniestro.fecha                            |
      | auditoría anterior a la radicación                   | fechaEvaluacion                            | 2026-03-29          |                             |           | fechaEvaluacion                            |
      | conciliación sin fecha de conciliación               | etapa                                      | CONCILIACION        |                             |           | fechaConciliacion                          |
      | conciliación anterior a la radicación                | etapa                                      | CONCILIACION        | fechaConciliacion           | 2026-03-27 | fechaConciliacion                         |
      | accidente de tránsito en una enfermedad laboral      | siniestro.tipo                             | ENFERMEDAD_LABORAL  | siniestro.accidenteTransito | true      | siniestro.accidenteTransito                |
      | factura sin el dato DIAN                             | items[0].comprobante.cumpleRequisitosDian  | (ausente)           |                             |           | items[0].comprobante.cumpleRequisitosDian  |
      | factura con el dato DIAN nulo                        | items[0].comprobante.cumpleRequisitosDian  | null                |                             |           | items[0].comprobante.cumpleRequisitosDian  |
      | cuenta de cobro vuelta factura sin el dato DIAN      | items[1].comprobante.tipo                  | FACTURA             |                             |           | items[1].comprobante.cumpleRequisitosDian  |
      | accidente de tránsito de un año sin salario mínimo   | siniestro.accidenteTransito                | true                | siniestro.fecha             | 2014-12-31 | siniestro.fecha                           |
      | fecha fuera de rango                                 | fechaRequerimientoCorreo                   | 3000-01-01          |                             |           | fechaRequerimientoCorreo                   |
      | fecha inexistente                                    | reembolso.fechaRadicacion                  | 2026-02-30          |                             |           | reembolso.fechaRadicacion                  |
      | fecha con hora                                       | items[0].fechaServicio                     | 2026-02-10T08:00    |                             |           | items[0].fechaServicio                     |
      | sin número de reembolso                              | reembolso.numero                           | (ausente)           |                             |           | reembolso.numero                           |
      | número de reembolso vacío                            | reembolso.numero                           | (vacío)             |                             |           | reembolso.numero                           |
      | solicitante desconocido                              | reembolso.solicitante                      | EPS                 |                             |           | reembolso.solicitante                      |
      | sin documento del afiliado                           | afiliado.numeroDocumento                   | (vacío)             |                             |           | afiliado.numeroDocumento                   |
      | sin nombre del afiliado                              | afiliado.nombre                            | (ausente)           |                             |           | afiliado.nombre                            |
      | sin dato de cobertura                                | afiliado.coberturaVigente                  | null                |                             |           | afiliado.coberturaVigente                  |
      | cobertura que es texto                               | afiliado.coberturaVigente                  | 'true'              |                             |           | afiliado.coberturaVigente                  |
      | tipo de siniestro desconocido                        | siniestro.tipo                             | ACCIDENTE_COMUN     |                             |           | siniestro.tipo                             |
      | origen desconocido                                   | siniestro.origen                           | PROFESIONAL         |                             |           | siniestro.origen                           |
      | sin firmeza informada                                | siniestro.origenEnFirme                    | (ausente)           |                             |           | siniestro.origenEnFirme                    |
      | tipo de ítem desconocido                             | items[0].tipo                              | MEDICAMENTO         |                             |           | items[0].tipo                              |
      | tipo de comprobante desconocido                      | items[0].comprobante.tipo                  | RECIBO              |                             |           | items[0].comprobante.tipo                  |
      | sin comprobante                                      | items[0].comprobante                       | (ausente)           |                             |           | items[0].comprobante                       |
      | comprobante sin emisor                               | items[0].comprobante.nitEmisor             | (vacío)             |                             |           | items[0].comprobante.nitEmisor             |
      | sin originalidad informada                           | items[1].comprobante.original              | (ausente)           |                             |           | items[1].comprobante.original              |
      | autorización sin número                              | items[0].autorizacion.numero               | (vacío)             |                             |           | items[0].autorizacion.numero               |
      | autorización sin correspondencia informada           | items[0].autorizacion.correspondeAlServicio | (ausente)          |                             |           | items[0].autorizacion.correspondeAlServicio |
      | pertinencia desconocida                              | items[0].pertinencia                       | DUDOSA              |                             |           | items[0].pertinencia                       |
      | sin pertinencia                                      | items[0].pertinencia                       | (ausente)           |                             |           | items[0].pertinencia                       |
      | sin asociación con el evento informada               | items[1].asociadoAlEvento                  | null                |                             |           | items[1].asociadoAlEvento                  |
      | soporte nulo                                         | items[0].soportes[0]                       | null                |                             |           | items[0].soportes[0]                       |
      | estado del historial desconocido                     | historial[0].estado                        | ANULADO             |                             |           | historial[0].estado                        |
      | historial sin número de comprobante                  | historial[0].numeroComprobante             | (vacío)             |                             |           | historial[0].numeroComprobante             |
      | hallazgo del auditor desconocido                     | hallazgosAuditor[0]                        | FRAUDE              |                             |           | hallazgosAuditor[0]                        |
      | etapa desconocida                                    | etapa                                      | RECLAMACION         |                             |           | etapa                                      |
      | campo desconocido en un ítem                         | items[0].cantidad                          | 1                   |                             |           | items[0].cantidad                          |
      | campo desconocido en la raíz                         | numeroDocumento                            | '1010101010'        |                             |           | numeroDocumento                            |

  Escenario: Todos los errores propios de una solicitud van juntos
    Dado que el campo "items[0].fechaServicio" vale "2026-04-02"
    Y que el campo "items[1].id" vale "'1'"
    Y que el campo "items[0].comprobante.cumpleRequisitosDian" vale "null"
    Y que el campo "fechaEvaluacion" vale "2026-03-20"
    Y que el campo "etapa" vale "CONCILIACION"
    Y que el campo "siniestro.tipo" vale "ENFERMEDAD_LABORAL"
    Y que el campo "siniestro.accidenteTransito" vale "true"
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "items[0].fechaServicio"
    Y la respuesta es un error 400 que nombra el campo "items[1].id"
    Y la respuesta es un error 400 que nombra el campo "items[0].comprobante.cumpleRequisitosDian"
    Y la respuesta es un error 400 que nombra el campo "fechaEvaluacion"
    Y la respuesta es un error 400 que nombra el campo "fechaConciliacion"
    Y la respuesta es un error 400 que nombra el campo "siniestro.accidenteTransito"

  Escenario: Todos los errores de campo de una solicitud van juntos
    Dado que el campo "items[0].valor" vale "0"
    Y que el campo "items[1].tarifaCompania" vale "-5"
    Y que el campo "reembolso.solicitante" vale "EPS"
    Y que el campo "afiliado.nombre" vale "(vacío)"
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "items[0].valor"
    Y la respuesta es un error 400 que nombra el campo "items[1].tarifaCompania"
    Y la respuesta es un error 400 que nombra el campo "reembolso.solicitante"
    Y la respuesta es un error 400 que nombra el campo "afiliado.nombre"

  Escenario: Un correo posterior a la auditoría no es un error
    Dado que el campo "fechaRequerimientoCorreo" vale "2026-06-01"
    Cuando pido la decisión
    Entonces el resultado es "APROBADO"
    Y la acción "RESPONDER_CORREO" vence el "2026-06-04"

  Escenario: Un cuerpo que no es JSON es un 400, no un 500
    Cuando envío a "/api/v1/reembolsos/decide" el cuerpo:
      """
      {"reembolso": {"numero": "RE-1"
      """
    Entonces la respuesta es un error 400

  Escenario: Un lote con casos de varias ciudades y uno inválido
    Dado un lote de "reembolsos" con los casos de "examples/reembolsos-lote.json"
    Cuando pido la decisión del lote
    Entonces el campo "resumen.total" de la respuesta vale "6"
    Y el campo "resumen.errores" de la respuesta vale "1"
    Y el campo "resumen.porResultado.APROBADO" de la respuesta vale "1"
    Y el campo "resumen.porResultado.OBJETADO_PARCIAL" de la respuesta vale "2"
    Y el campo "resumen.porResultado.PENDIENTE_DOCUMENTOS" de la respuesta vale "1"
    Y el campo "resumen.porResultado.PENDIENTE_CALIFICACION" de la respuesta vale "1"
    Y el campo "resumen.porResultado.OBJETADO_TOTAL" de la respuesta vale "(ausente)"
    Y el campo "resumen.valorSolicitado" de la respuesta vale "5920000"
    Y el campo "resumen.valorAprobado" de la respuesta vale "340000"
    Y el campo "resumen.valorObjetado" de la respuesta vale "5180000"
    Y el campo "resumen.valorPendiente" de la respuesta vale "400000"
    Y el campo "resumen.altoCosto" de la respuesta vale "1"
    Y el campo "resumen.posibleFraude" de la respuesta vale "1"
    Y el campo "resumen.porCausal.RE_NO_PERTINENTE" de la respuesta vale "1"
    Y el campo "resumen.porCausal.RE_SOPORTE_FALTANTE" de la respuesta vale "1"
    Y el campo "resumen.porCausal.RE_DOBLE_COBRO" de la respuesta vale "1"
    Y el campo "resumen.porCausal.RE_EVENTO_SIN_CALIFICACION" de la respuesta vale "1"
    Y el campo "resumen.porCausal.RE_SIN_COBERTURA" de la respuesta vale "(ausente)"
    Y el campo "resumen.porCiudad.Tunja.cantidad" de la respuesta vale "2"
    Y el campo "resumen.porCiudad.Tunja.valorSolicitado" de la respuesta vale "440000"
    Y el campo "resumen.porCiudad.Tunja.valorAprobado" de la respuesta vale "260000"
    Y el campo "resumen.porCiudad.Bogotá.valorAprobado" de la respuesta vale "40000"
    Y el campo "resumen.porCiudad.Medellín.valorSolicitado" de la respuesta vale "5040000"
    Y el campo "resultados[3].reembolso.numero" de la respuesta vale "RE-L-4"
    Y el campo "resultados[5].error.status" de la respuesta vale "400"
    Y el campo "resultados[5].reembolso.numero" de la respuesta vale "RE-L-6"

