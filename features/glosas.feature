# language: es
Característica: Auditoría inicial de cuentas médicas (glosas)
  La auditoría de cuentas médicas de la ARL decide qué se glosa de cada factura, por qué concepto y código
  oficial, por cuánto, qué se escala a quién y cada plazo (spec/glosas.md). La solicitud base es una consulta de
  urgencias de un prestador con convenio, facturada a la tarifa pactada y con todo en regla: SIN_GLOSA. Cada fila
  cambia hasta tres campos (columna vacía = sin cambio). Para añadir un caso basta una fila en Ejemplos.
  Fechas de la base: radicación jueves 2026-02-12, evaluación viernes 2026-02-13.

  Antecedentes:
    Dado una solicitud de "glosas" como esta:
      """
      {
        "factura": {"numero": "FE-1001", "fechaExpedicion": "2026-02-10", "fechaRadicacion": "2026-02-12",
                    "valorTotal": 80000},
        "prestador": {"nit": "900123456", "nombre": "Clínica X", "tieneConvenio": true,
                      "estado": "ACTIVO", "enLitigio": false},
        "usuario": {"tipoDocumento": "CC", "numeroDocumento": "1010101010", "nombre": "Luis Gómez"},
        "siniestro": {"id": "SIN-778", "ramo": "RIESGOS_LABORALES", "tipo": "ACCIDENTE_TRABAJO",
                      "fecha": "2026-02-04", "origen": "LABORAL", "origenEnFirme": true},
        "afiliacion": {"vigenteEnFechaServicio": true, "empleadorRelacionado": true,
                       "respuestaGerenciaAfiliaciones": null},
        "respuestaGerenciaMedica": null,
        "ambito": "URGENCIAS",
        "tarifario": "PACTADO",
        "items": [
          {"id": "IT-1", "codigo": "890701", "descripcion": "Consulta de urgencias", "tipoServicio": "CONSULTA",
           "fechaPrestacion": "2026-02-05", "cantidad": 1, "valorUnitario": 80000, "valorTotal": 80000,
           "tarifaPactada": 80000, "valorSoatPleno": 75000,
           "autorizacion": {"numero": "A-9", "correspondeAlServicio": true},
           "soportes": ["HOJA_ATENCION_URGENCIAS"], "pertinencia": "PERTINENTE"}
        ],
        "fechaEvaluacion": "2026-02-13"
      }
      """

  Esquema del escenario: Glosa por ítem: <caso>
    Dado que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Y que el campo "<campo3>" vale "<valor3>"
    Y que el campo "<campo4>" vale "<valor4>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y el campo "glosas[0].item" de la respuesta vale "<item>"
    Y el campo "glosas[0].codigo" de la respuesta vale "<codigo>"
    Y el campo "glosas[0].codigoManual" de la respuesta vale "<codigoManual>"
    Y el campo "glosas[0].valor" de la respuesta vale "<valor>"
    Y el campo "valorGlosado" de la respuesta vale "<glosado>"
    Y el campo "valorAprobado" de la respuesta vale "<aprobado>"
    Y las reglas aplicadas incluyen "<regla>"

    Ejemplos:
      | caso                                                     | campo1                   | valor1                     | campo2                                      | valor2                  | campo3                  | valor3     | campo4                  | valor4        | resultado     | causales                                  | item      | codigo                          | codigoManual | valor  | glosado | aprobado | regla                                                                                            |
      | factura limpia a la tarifa pactada                       |                          |                            |                                             |                         |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | valor total del ítem por encima de cantidad por unitario | items[0].valorTotal      | 100000                     | factura.valorTotal                          | 100000                  |                         |            |                         |               | GLOSA_PARCIAL | GL_ERROR_ARITMETICO                       | IT-1      | GL_ERROR_ARITMETICO             | FA0201       | 20000  | 20000   | 80000    |                                                                                                  |
      | error aritmético con el manual 3047                      | items[0].valorTotal      | 100000                     | factura.valorTotal                          | 100000                  | factura.fechaRadicacion | 2025-05-30 |                         |               | GLOSA_PARCIAL | GL_ERROR_ARITMETICO                       | IT-1      | GL_ERROR_ARITMETICO             | 102          | 20000  | 20000   | 80000    |                                                                                                  |
      | valor total del ítem por debajo de cantidad por unitario | items[0].valorTotal      | 70000                      | factura.valorTotal                          | 70000                   |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 70000    | Un ítem facturado por menos de cantidad por valor unitario no se glosa y se paga lo facturado    |
      | total de la factura mayor que la suma de los ítems       | factura.valorTotal       | 350000                     |                                             |                         |                         |            |                         |               | GLOSA_PARCIAL | GL_TOTAL_NO_CUADRA                        | (ausente) | GL_TOTAL_NO_CUADRA              | (ausente)    | 270000 | 270000  | 80000    | Una glosa sin código confirmado en el catálogo del manual vigente queda con codigoManual nulo    |
      | total que no cuadra con el manual 3047                   | factura.valorTotal       | 350000                     | factura.fechaRadicacion                     | 2025-05-30              |                         |            |                         |               | GLOSA_PARCIAL | GL_TOTAL_NO_CUADRA                        | (ausente) | GL_TOTAL_NO_CUADRA              | 114          | 270000 | 270000  | 80000    |                                                                                                  |
      | con convenio por encima de la tarifa pactada             | items[0].valorUnitario   | 90000                      | items[0].valorTotal                         | 90000                   | factura.valorTotal      | 90000      |                         |               | GLOSA_PARCIAL | GL_TARIFA_SUPERA_PACTADA                  | IT-1      | GL_TARIFA_SUPERA_PACTADA        | TA0201       | 10000  | 10000   | 80000    |                                                                                                  |
      | consulta sobre la pactada con el manual 3047 es 202      | items[0].valorUnitario   | 90000                      | items[0].valorTotal                         | 90000                   | factura.valorTotal      | 90000      | factura.fechaRadicacion | 2025-05-30    | GLOSA_PARCIAL | GL_TARIFA_SUPERA_PACTADA                  | IT-1      | GL_TARIFA_SUPERA_PACTADA        | 202          | 10000  | 10000   | 80000    |                                                                                                  |
      | sobre la pactada se multiplica por la cantidad           | items[0].cantidad        | 3                          | items[0].valorUnitario                      | 90000                   | items[0].valorTotal     | 270000     | factura.valorTotal      | 270000        | GLOSA_PARCIAL | GL_TARIFA_SUPERA_PACTADA                  | IT-1      | GL_TARIFA_SUPERA_PACTADA        | TA0201       | 30000  | 30000   | 240000   |                                                                                                  |
      | con convenio justo en la tarifa pactada                  | items[0].tarifaPactada   | 80000                      |                                             |                         |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | sin convenio en urgencias por encima de SOAT pleno       | prestador.tieneConvenio  | false                      | items[0].cantidad                           | 2                       | items[0].valorTotal     | 160000     | factura.valorTotal      | 160000        | GLOSA_PARCIAL | GL_TARIFA_SUPERA_SOAT                     | IT-1      | GL_TARIFA_SUPERA_SOAT           | TA0201       | 10000  | 10000   | 150000   |                                                                                                  |
      | sin convenio en urgencias justo en SOAT pleno            | prestador.tieneConvenio  | false                      | items[0].valorSoatPleno                     | 80000                   |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | sin convenio en urgencias sin valor SOAT: tarifa propia  | prestador.tieneConvenio  | false                      | items[0].valorSoatPleno                     | null                    |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    | Un servicio sin valor SOAT pleno se paga a la tarifa propia del prestador                        |
      | sin convenio, ambulatorio, ISS 2001 por encima de SOAT   | prestador.tieneConvenio  | false                      | ambito                                      | AMBULATORIO             | tarifario               | ISS_2001   |                         |               | GLOSA_PARCIAL | GL_TARIFA_SUPERA_SOAT                     | IT-1      | GL_TARIFA_SUPERA_SOAT           | TA0201       | 5000   | 5000    | 75000    |                                                                                                  |
      | con convenio en ISS 2004 respondido por la gerencia      | tarifario                | ISS_2004                   | items[0].tarifaPactada                      | null                    | respuestaGerenciaMedica | POSITIVA   |                         |               | GLOSA_PARCIAL | GL_TARIFA_SUPERA_SOAT                     | IT-1      | GL_TARIFA_SUPERA_SOAT           | TA0201       | 5000   | 5000    | 75000    |                                                                                                  |
      | ISS 2004 con tarifa pactada: rige la pactada             | tarifario                | ISS_2004                   |                                             |                         |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | sin convenio, ambulatorio, tarifa propia: sin tope SOAT  | prestador.tieneConvenio  | false                      | ambito                                      | AMBULATORIO             | tarifario               | PROPIO     |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | ambulatorio sin autorización                             | ambito                   | AMBULATORIO                | items[0].autorizacion                       | null                    |                         |            |                         |               | GLOSA_TOTAL   | GL_SIN_AUTORIZACION                       | IT-1      | GL_SIN_AUTORIZACION             | (ausente)    | 80000  | 80000   | 0        | Una glosa sin código confirmado en el catálogo del manual vigente queda con codigoManual nulo    |
      | ambulatorio sin autorización con el manual 3047          | ambito                   | AMBULATORIO                | items[0].autorizacion                       | null                    | factura.fechaRadicacion | 2025-05-30 |                         |               | GLOSA_TOTAL   | GL_SIN_AUTORIZACION                       | IT-1      | GL_SIN_AUTORIZACION             | 430          | 80000  | 80000   | 0        |                                                                                                  |
      | traslado programado sin autorización                     | ambito                   | AMBULATORIO                | items[0].autorizacion.numero                | null                    | items[0].tipoServicio   | TRASLADO   | items[0].soportes[0]    | HOJA_TRASLADO | GLOSA_TOTAL   | GL_SIN_AUTORIZACION                       | IT-1      | GL_SIN_AUTORIZACION             | AU3803       | 80000  | 80000   | 0        |                                                                                                  |
      | urgencias sin autorización no se glosa                   | items[0].autorizacion    | null                       |                                             |                         |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    | Una atención de urgencias no exige autorización previa                                           |
      | ambulatorio con autorización que no corresponde          | ambito                   | AMBULATORIO                | items[0].autorizacion.correspondeAlServicio | false                   |                         |            |                         |               | GLOSA_TOTAL   | GL_AUTORIZACION_NO_CORRESPONDE            | IT-1      | GL_AUTORIZACION_NO_CORRESPONDE  | AU0202       | 80000  | 80000   | 0        |                                                                                                  |
      | autorización que no corresponde con el manual 3047       | ambito                   | AMBULATORIO                | items[0].autorizacion.correspondeAlServicio | false                   | factura.fechaRadicacion | 2025-05-30 |                         |               | GLOSA_TOTAL   | GL_AUTORIZACION_NO_CORRESPONDE            | IT-1      | GL_AUTORIZACION_NO_CORRESPONDE  | 402          | 80000  | 80000   | 0        |                                                                                                  |
      | urgencias sin hoja de atención de urgencias              | items[0].soportes        | []                         |                                             |                         |                         |            |                         |               | GLOSA_TOTAL   | GL_SOPORTE_FALTANTE                       | IT-1      | GL_SOPORTE_FALTANTE             | SO3403       | 80000  | 80000   | 0        |                                                                                                  |
      | urgencias sin hoja de atención, manual 3047              | items[0].soportes        | []                         | factura.fechaRadicacion                     | 2025-05-30              |                         |            |                         |               | GLOSA_TOTAL   | GL_SOPORTE_FALTANTE                       | IT-1      | GL_SOPORTE_FALTANTE             | 302          | 80000  | 80000   | 0        |                                                                                                  |
      | estancia sin epicrisis                                   | items[0].tipoServicio    | ESTANCIA                   |                                             |                         |                         |            |                         |               | GLOSA_TOTAL   | GL_SOPORTE_FALTANTE                       | IT-1      | GL_SOPORTE_FALTANTE             | SO3401       | 80000  | 80000   | 0        |                                                                                                  |
      | estancia con hoja de urgencias y epicrisis               | items[0].tipoServicio    | ESTANCIA                   | items[0].soportes[1]                        | EPICRISIS               |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | procedimiento sin descripción quirúrgica                 | items[0].tipoServicio    | PROCEDIMIENTO              | ambito                                      | HOSPITALARIO            |                         |            |                         |               | GLOSA_TOTAL   | GL_SOPORTE_FALTANTE                       | IT-1      | GL_SOPORTE_FALTANTE             | SO4101       | 80000  | 80000   | 0        |                                                                                                  |
      | procedimiento sin descripción quirúrgica, manual 3047    | items[0].tipoServicio    | PROCEDIMIENTO              | ambito                                      | HOSPITALARIO            | factura.fechaRadicacion | 2025-05-30 |                         |               | GLOSA_TOTAL   | GL_SOPORTE_FALTANTE                       | IT-1      | GL_SOPORTE_FALTANTE             | 341          | 80000  | 80000   | 0        |                                                                                                  |
      | ayuda diagnóstica sin resultado, manual 3047             | items[0].tipoServicio    | AYUDA_DIAGNOSTICA          | ambito                                      | HOSPITALARIO            | factura.fechaRadicacion | 2025-05-30 |                         |               | GLOSA_TOTAL   | GL_SOPORTE_FALTANTE                       | IT-1      | GL_SOPORTE_FALTANTE             | 308          | 80000  | 80000   | 0        |                                                                                                  |
      | medicamento sin fórmula médica                           | items[0].tipoServicio    | MEDICAMENTOS               | ambito                                      | AMBULATORIO             |                         |            |                         |               | GLOSA_TOTAL   | GL_SOPORTE_FALTANTE                       | IT-1      | GL_SOPORTE_FALTANTE             | SO3701       | 80000  | 80000   | 0        |                                                                                                  |
      | traslado sin hoja de traslado                            | items[0].tipoServicio    | TRASLADO                   | ambito                                      | DOMICILIARIO            |                         |            |                         |               | GLOSA_TOTAL   | GL_SOPORTE_FALTANTE                       | IT-1      | GL_SOPORTE_FALTANTE             | SO3801       | 80000  | 80000   | 0        |                                                                                                  |
      | consulta ambulatoria no exige soportes propios           | ambito                   | AMBULATORIO                | items[0].soportes                           | []                      |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | ítem no pertinente                                       | items[0].pertinencia     | NO_PERTINENTE              |                                             |                         |                         |            |                         |               | GLOSA_TOTAL   | GL_NO_PERTINENTE                          | IT-1      | GL_NO_PERTINENTE                | CL0201       | 80000  | 80000   | 0        |                                                                                                  |
      | ítem no pertinente, manual 3047                          | items[0].pertinencia     | NO_PERTINENTE              | factura.fechaRadicacion                     | 2025-05-30              |                         |            |                         |               | GLOSA_TOTAL   | GL_NO_PERTINENTE                          | IT-1      | GL_NO_PERTINENTE                | 602          | 80000  | 80000   | 0        |                                                                                                  |
      | pertinencia sin evaluar no se glosa                      | items[0].pertinencia     | SIN_EVALUAR                |                                             |                         |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | servicio el día anterior al siniestro                    | items[0].fechaPrestacion | 2026-02-03                 |                                             |                         |                         |            |                         |               | GLOSA_TOTAL   | GL_SERVICIO_ANTES_DEL_SINIESTRO           | IT-1      | GL_SERVICIO_ANTES_DEL_SINIESTRO | CO0201       | 80000  | 80000   | 0        |                                                                                                  |
      | servicio antes del siniestro, manual 3047                | items[0].fechaPrestacion | 2025-05-01                 | siniestro.fecha                             | 2025-05-02              | factura.fechaRadicacion | 2025-05-30 |                         |               | GLOSA_TOTAL   | GL_SERVICIO_ANTES_DEL_SINIESTRO           | IT-1      | GL_SERVICIO_ANTES_DEL_SINIESTRO | 502          | 80000  | 80000   | 0        |                                                                                                  |
      | servicio el mismo día del siniestro                      | items[0].fechaPrestacion | 2026-02-04                 |                                             |                         |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | ramo sin cobertura glosa toda la factura                 | siniestro.ramo           | OTRO                       |                                             |                         |                         |            |                         |               | GLOSA_TOTAL   | GL_RAMO_SIN_COBERTURA                     | IT-1      | GL_RAMO_SIN_COBERTURA           | CO0201       | 80000  | 80000   | 0        |                                                                                                  |
      | ramo sin cobertura y total mayor: toda la factura        | siniestro.ramo           | OTRO                       | factura.valorTotal                          | 100000                  |                         |            |                         |               | GLOSA_TOTAL   | GL_RAMO_SIN_COBERTURA, GL_TOTAL_NO_CUADRA | IT-1      | GL_RAMO_SIN_COBERTURA           | CO0201       | 80000  | 100000  | 0        |                                                                                                  |
      | ramo de accidentes personales de origen común: cubierto  | siniestro.ramo           | ACCIDENTES_PERSONALES      | siniestro.tipo                              | ACCIDENTE_PERSONAL      | siniestro.origen        | COMUN      |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | complicaciones quirúrgicas de origen común: cubierto    | siniestro.ramo           | COMPLICACIONES_QUIRURGICAS | siniestro.tipo                              | COMPLICACION_QUIRURGICA | siniestro.origen        | COMUN      |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    |                                                                                                  |
      | origen común en firme sin autorización                   | siniestro.origen         | COMUN                      | items[0].autorizacion                       | null                    |                         |            |                         |               | GLOSA_TOTAL   | GL_ORIGEN_COMUN                           | IT-1      | GL_ORIGEN_COMUN                 | CO0201       | 80000  | 80000   | 0        |                                                                                                  |
      | origen común en firme con autorización: se paga          | siniestro.origen         | COMUN                      |                                             |                         |                         |            |                         |               | SIN_GLOSA     | ninguna                                   | (ausente) |                                 |              |        | 0       | 80000    | Un servicio autorizado de un siniestro de origen común se paga y se reporta para posible recobro |

  Esquema del escenario: Tope por ítem: <caso>
    Dado que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Y que el campo "<campo3>" vale "<valor3>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y el campo "glosas[0].codigo" de la respuesta vale "<codigo0>"
    Y el campo "glosas[0].valor" de la respuesta vale "<valor0>"
    Y el campo "glosas[1].codigo" de la respuesta vale "<codigo1>"
    Y el campo "glosas[1].valor" de la respuesta vale "<valor1glosa>"
    Y el campo "glosas[1].valorPropuesto" de la respuesta vale "<propuesto1>"
    Y el campo "valorGlosado" de la respuesta vale "<glosado>"

    Ejemplos:
      | caso                                                 | campo1                 | valor1        | campo2              | valor2 | campo3             | valor3 | resultado     | causales                                   | codigo0             | valor0 | codigo1                  | valor1glosa | propuesto1 | glosado |
      | no pertinente y por encima de la pactada             | items[0].pertinencia   | NO_PERTINENTE | items[0].tarifaPactada | 70000 |                    |        | GLOSA_TOTAL   | GL_NO_PERTINENTE, GL_TARIFA_SUPERA_PACTADA | GL_NO_PERTINENTE | 80000 | GL_TARIFA_SUPERA_PACTADA | 0 | 10000 | 80000 |
      | estancia de urgencias sin hoja ni epicrisis          | items[0].tipoServicio  | ESTANCIA      | items[0].soportes   | []     |                    |        | GLOSA_TOTAL   | GL_SOPORTE_FALTANTE                        | GL_SOPORTE_FALTANTE | 80000  | GL_SOPORTE_FALTANTE      | 0           | 80000      | 80000   |
      | sobre la pactada y error aritmético caben en el ítem | items[0].valorUnitario | 90000         | items[0].valorTotal | 100000 | factura.valorTotal | 100000 | GLOSA_PARCIAL | GL_TARIFA_SUPERA_PACTADA, GL_ERROR_ARITMETICO | GL_TARIFA_SUPERA_PACTADA | 10000 | GL_ERROR_ARITMETICO | 10000    | 10000      | 20000   |

  Esquema del escenario: Caso especial y escalamiento: <caso>
    Dado que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Y que el campo "<campo3>" vale "<valor3>"
    Y que el campo "<campo4>" vale "<valor4>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y la acción "<accion>" vence el "<vence>"
    Y el campo "escalamientos[0].codigo" de la respuesta vale "<escalamiento>"
    Y el campo "escalamientos[0].area" de la respuesta vale "<area>"
    Y el campo "escalamientos[0].fechaLimite" de la respuesta vale "<limite>"
    Y el campo "valorGlosado" de la respuesta vale "<glosado>"

    Ejemplos:
      | caso                                                  | campo1                            | valor1         | campo2                                   | valor2        | campo3                                   | valor3        | campo4                | valor4 | resultado     | causales                                            | acciones                                                                                                                                                  | accion                        | vence      | escalamiento                 | area                  | limite     | glosado |
      | prestador liquidado: cierre definitivo                | prestador.estado                  | LIQUIDADO      | items[0].pertinencia                     | NO_PERTINENTE |                                          |               |                       |        | CERRADA       | ninguna                                             | REGISTRAR_ACTA_LIQUIDACION                                                                                                                                |                               |            | (ausente)                    |                       |            | 0       |
      | liquidado y en litigio: pesa más el cierre            | prestador.estado                  | LIQUIDADO      | prestador.enLitigio                      | true          |                                          |               |                       |        | CERRADA       | ninguna                                             | REGISTRAR_ACTA_LIQUIDACION                                                                                                                                |                               |            | (ausente)                    |                       |            | 0       |
      | liquidado con afiliación sin evidenciar: no se escala | prestador.estado                  | LIQUIDADO      | afiliacion.vigenteEnFechaServicio        | false         |                                          |               |                       |        | CERRADA       | ninguna                                             | REGISTRAR_ACTA_LIQUIDACION                                                                                                                                |                               |            | (ausente)                    |                       |            | 0       |
      | prestador en litigio o embargo: factura abierta       | prestador.enLitigio               | true           | items[0].pertinencia                     | NO_PERTINENTE | afiliacion.vigenteEnFechaServicio        | false         |                       |        | EXCEPTUADA    | ninguna                                             | MANTENER_FACTURA_ABIERTA                                                                                                                                  |                               |            | (ausente)                    |                       |            | 0       |
      | prestador en liquidación: las glosas siguen           | prestador.estado                  | EN_LIQUIDACION | items[0].pertinencia                     | NO_PERTINENTE |                                          |               |                       |        | GLOSA_TOTAL   | GL_NO_PERTINENTE                                    | ANOTAR_PRESTADOR_EN_LIQUIDACION, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR | NOTIFICAR_GLOSA               | 2026-02-20 | (ausente)                    |                       |            | 80000   |
      | afiliación no vigente sin respuesta: se escala        | afiliacion.vigenteEnFechaServicio | false          | items[0].pertinencia                     | NO_PERTINENTE |                                          |               |                       |        | ESCALADA      | GL_AFILIACION_NO_EVIDENCIADA                        | ESCALAR_GERENCIA_AFILIACIONES, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                 | ESCALAR_GERENCIA_AFILIACIONES | 2026-02-17 | GL_AFILIACION_NO_EVIDENCIADA | GERENCIA_AFILIACIONES | 2026-02-17 | 0       |
      | empleador no relacionado sin respuesta: se escala     | afiliacion.empleadorRelacionado   | false          |                                          |               |                                          |               |                       |        | ESCALADA      | GL_AFILIACION_NO_EVIDENCIADA                        | ESCALAR_GERENCIA_AFILIACIONES, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                 | AUDITORIA_INICIAL             | 2026-02-20 | GL_AFILIACION_NO_EVIDENCIADA | GERENCIA_AFILIACIONES | 2026-02-17 | 0       |
      | escalamiento el viernes antes de un festivo           | afiliacion.vigenteEnFechaServicio | false          | fechaEvaluacion                          | 2026-03-20    | factura.fechaRadicacion                  | 2026-03-18    |                       |        | ESCALADA      | GL_AFILIACION_NO_EVIDENCIADA                        |                                                                                                                                                           | ESCALAR_GERENCIA_AFILIACIONES | 2026-03-25 | GL_AFILIACION_NO_EVIDENCIADA | GERENCIA_AFILIACIONES | 2026-03-25 | 0       |
      | afiliación negada por la gerencia: no reconocida      | afiliacion.vigenteEnFechaServicio | false          | afiliacion.respuestaGerenciaAfiliaciones | NEGATIVA      | items[0].pertinencia                     | NO_PERTINENTE |                       |        | NO_RECONOCIDA | GL_AFILIACION_NO_EVIDENCIADA                        | NOTIFICAR_NO_RECONOCIMIENTO, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS                                                                               | NOTIFICAR_NO_RECONOCIMIENTO   | 2026-02-20 | (ausente)                    |                       |            | 0       |
      | afiliación confirmada por la gerencia: sigue          | afiliacion.vigenteEnFechaServicio | false          | afiliacion.respuestaGerenciaAfiliaciones | POSITIVA      |                                          |               |                       |        | SIN_GLOSA     | ninguna                                             | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                                |                               |            | (ausente)                    |                       |            | 0       |
      | empleador confirmado por la gerencia y con glosa      | afiliacion.empleadorRelacionado   | false          | afiliacion.respuestaGerenciaAfiliaciones | POSITIVA      | items[0].pertinencia                     | NO_PERTINENTE |                       |        | GLOSA_TOTAL   | GL_NO_PERTINENTE                                    | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR                                  | ESPERAR_RESPUESTA_PRESTADOR   | 2026-03-06 | (ausente)                    |                       |            | 80000   |
      | origen común sin firmeza sin respuesta: se escala     | siniestro.origen                  | COMUN          | siniestro.origenEnFirme                  | false         |                                          |               |                       |        | ESCALADA      | GL_ORIGEN_COMUN_SIN_FIRMEZA                         | ESCALAR_GERENCIA_MEDICA, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                       | ESCALAR_GERENCIA_MEDICA       | 2026-02-17 | GL_ORIGEN_COMUN_SIN_FIRMEZA  | GERENCIA_MEDICA       | 2026-02-17 | 0       |
      | origen común negado sin autorización: no reconocida   | siniestro.origen                  | COMUN          | siniestro.origenEnFirme                  | false         | respuestaGerenciaMedica                  | NEGATIVA      | items[0].autorizacion | null   | NO_RECONOCIDA | GL_ORIGEN_COMUN_SIN_FIRMEZA                         | NOTIFICAR_NO_RECONOCIMIENTO, REMITIR_SEGUNDA_LINEA_DE_PAGO, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS                                                | NOTIFICAR_NO_RECONOCIMIENTO   | 2026-02-20 | (ausente)                    |                       |            | 0       |
      | origen común negado con autorización: recobro         | siniestro.origen                  | COMUN          | siniestro.origenEnFirme                  | false         | respuestaGerenciaMedica                  | NEGATIVA      |                       |        | SIN_GLOSA     | ninguna                                             | REPORTAR_POSIBLE_RECOBRO, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                      |                               |            | (ausente)                    |                       |            | 0       |
      | origen laboral confirmado por la gerencia: sigue      | siniestro.origen                  | COMUN          | siniestro.origenEnFirme                  | false         | respuestaGerenciaMedica                  | POSITIVA      | items[0].autorizacion | null   | SIN_GLOSA     | ninguna                                             | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                                |                               |            | (ausente)                    |                       |            | 0       |
      | origen común en firme sin autorización: remite        | siniestro.origen                  | COMUN          | items[0].autorizacion                    | null          |                                          |               |                       |        | GLOSA_TOTAL   | GL_ORIGEN_COMUN                                     | REMITIR_SEGUNDA_LINEA_DE_PAGO, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR   |                               |            | (ausente)                    |                       |            | 80000   |
      | origen común en firme con autorización: recobro       | siniestro.origen                  | COMUN          |                                          |               |                                          |               |                       |        | SIN_GLOSA     | ninguna                                             | REPORTAR_POSIBLE_RECOBRO, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                      |                               |            | (ausente)                    |                       |            | 0       |
      | origen sin determinar: no se escala                   | siniestro.origen                  | SIN_DETERMINAR | siniestro.origenEnFirme                  | false         |                                          |               |                       |        | SIN_GLOSA     | ninguna                                             | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                                |                               |            | (ausente)                    |                       |            | 0       |
      | con convenio e ítem sin tarifa pactada: se escala     | items[0].tarifaPactada            | null           |                                          |               |                                          |               |                       |        | ESCALADA      | GL_TARIFA_NO_DEFINIDA                               | ESCALAR_GERENCIA_MEDICA, FACTURA_ABIERTA_HASTA, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                | FACTURA_ABIERTA_HASTA         | 2026-03-05 | GL_TARIFA_NO_DEFINIDA        | GERENCIA_MEDICA       | 2026-02-17 | 0       |
      | tarifa respondida por la gerencia: sigue              | items[0].tarifaPactada            | null           | respuestaGerenciaMedica                  | POSITIVA      |                                          |               |                       |        | SIN_GLOSA     | ninguna                                             | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                                |                               |            | (ausente)                    |                       |            | 0       |
      | urgencias sin convenio sin tarifa: no se escala       | items[0].tarifaPactada            | null           | prestador.tieneConvenio                  | false         |                                          |               |                       |        | GLOSA_PARCIAL | GL_TARIFA_SUPERA_SOAT                               | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR                                  |                               |            | (ausente)                    |                       |            | 5000    |
      | dos escalamientos a la vez                            | items[0].tarifaPactada            | null           | afiliacion.vigenteEnFechaServicio        | false         |                                          |               |                       |        | ESCALADA      | GL_AFILIACION_NO_EVIDENCIADA, GL_TARIFA_NO_DEFINIDA | ESCALAR_GERENCIA_AFILIACIONES, ESCALAR_GERENCIA_MEDICA, FACTURA_ABIERTA_HASTA, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO | ESCALAR_GERENCIA_MEDICA       | 2026-02-17 |                              |                       |            | 0       |
      | no reconocida pesa más que un escalamiento            | items[0].tarifaPactada            | null           | afiliacion.vigenteEnFechaServicio        | false         | afiliacion.respuestaGerenciaAfiliaciones | NEGATIVA      |                       |        | NO_RECONOCIDA | GL_AFILIACION_NO_EVIDENCIADA                        | NOTIFICAR_NO_RECONOCIMIENTO, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS                                                                               |                               |            | (ausente)                    |                       |            | 0       |

  Esquema del escenario: Origen y afiliación según el ramo: <caso>
    La afiliación y el origen común son reglas de riesgos laborales; en accidentes personales (AP) y complicaciones
    quirúrgicas (CQ) el evento NO debe ser laboral, y en OTRO no aplica ninguna de las dos (spec/glosas.md).
    Dado que el campo "siniestro.ramo" vale "<ramo>"
    Y que el campo "siniestro.tipo" vale "<tipo>"
    Y que el campo "siniestro.origen" vale "<origen>"
    Y que el campo "siniestro.origenEnFirme" vale "<firme>"
    Y que el campo "respuestaGerenciaMedica" vale "<gerencia>"
    Y que el campo "<campo>" vale "<valor>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y el campo "glosas[0].codigo" de la respuesta vale "<glosa>"
    Y el campo "glosas[0].codigoManual" de la respuesta vale "<codigoManual>"
    Y el campo "escalamientos[0].codigo" de la respuesta vale "<escalamiento>"
    Y el campo "escalamientos[0].area" de la respuesta vale "<area>"
    Y el campo "escalamientos[0].fechaLimite" de la respuesta vale "<limite>"
    Y el campo "valorGlosado" de la respuesta vale "<glosado>"
    Y las reglas aplicadas incluyen "<regla>"

    Ejemplos:
      | caso                                                 | ramo                       | tipo                    | origen         | firme | gerencia | campo                             | valor      | resultado   | causales                                   | acciones                                                                                                                                                | glosa                 | codigoManual | escalamiento            | area            | limite     | glosado | regla |
      | AP de origen común sin firmeza: no se escala         | ACCIDENTES_PERSONALES      | ACCIDENTE_PERSONAL      | COMUN          | false |          |                                   |            | SIN_GLOSA   | ninguna                                    | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                              | (ausente)             |              | (ausente)               |                 |            | 0       |       |
      | AP de origen común en firme sin autorización: se paga | ACCIDENTES_PERSONALES     | ACCIDENTE_PERSONAL      | COMUN          | true  |          | items[0].autorizacion             | null       | SIN_GLOSA   | ninguna                                    | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                              | (ausente)             |              | (ausente)               |                 |            | 0       |       |
      | AP de origen común autorizado: sin posible recobro   | ACCIDENTES_PERSONALES      | ACCIDENTE_PERSONAL      | COMUN          | true  |          |                                   |            | SIN_GLOSA   | ninguna                                    | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                              | (ausente)             |              | (ausente)               |                 |            | 0       |       |
      | AP de un accidente de trabajo: GL_ORIGEN_LABORAL     | ACCIDENTES_PERSONALES      | ACCIDENTE_PERSONAL      | LABORAL        | true  |          |                                   |            | GLOSA_TOTAL | GL_ORIGEN_LABORAL                          | REMITIR_A_RIESGOS_LABORALES, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR   | GL_ORIGEN_LABORAL     | CO0201       | (ausente)               |                 |            | 80000   | Un servicio de un accidente de trabajo o enfermedad laboral en accidentes personales o complicaciones quirúrgicas se glosa y se remite a riesgos laborales |
      | AP laboral con el manual 3047: mismo código que común | ACCIDENTES_PERSONALES     | ACCIDENTE_PERSONAL      | LABORAL        | true  |          | factura.fechaRadicacion           | 2025-05-30 | GLOSA_TOTAL | GL_ORIGEN_LABORAL                          |                                                                                                                                                         | GL_ORIGEN_LABORAL     | 502          | (ausente)               |                 |            | 80000   |       |
      | AP laboral sin firmeza y sin autorización: se glosa  | ACCIDENTES_PERSONALES      | ACCIDENTE_PERSONAL      | LABORAL        | false |          | items[0].autorizacion             | null       | GLOSA_TOTAL | GL_ORIGEN_LABORAL                          | REMITIR_A_RIESGOS_LABORALES, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR   | GL_ORIGEN_LABORAL     | CO0201       | (ausente)               |                 |            | 80000   |       |
      | AP laboral y no pertinente: tope del ítem            | ACCIDENTES_PERSONALES      | ACCIDENTE_PERSONAL      | LABORAL        | true  |          | items[0].pertinencia              | NO_PERTINENTE | GLOSA_TOTAL | GL_ORIGEN_LABORAL, GL_NO_PERTINENTE     |                                                                                                                                                         | GL_ORIGEN_LABORAL     | CO0201       | (ausente)               |                 |            | 80000   |       |
      | CQ de una enfermedad laboral: GL_ORIGEN_LABORAL      | COMPLICACIONES_QUIRURGICAS | COMPLICACION_QUIRURGICA | LABORAL        | false |          |                                   |            | GLOSA_TOTAL | GL_ORIGEN_LABORAL                          | REMITIR_A_RIESGOS_LABORALES, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR   | GL_ORIGEN_LABORAL     | CO0201       | (ausente)               |                 |            | 80000   |       |
      | CQ sin afiliación evidenciada: no se escala          | COMPLICACIONES_QUIRURGICAS | COMPLICACION_QUIRURGICA | COMUN          | true  |          | afiliacion.vigenteEnFechaServicio | false      | SIN_GLOSA   | ninguna                                    | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                              | (ausente)             |              | (ausente)               |                 |            | 0       |       |
      | CQ con afiliación negada: no es no reconocida        | COMPLICACIONES_QUIRURGICAS | COMPLICACION_QUIRURGICA | COMUN          | true  |          | afiliacion.respuestaGerenciaAfiliaciones | NEGATIVA | SIN_GLOSA | ninguna                                 | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                              | (ausente)             |              | (ausente)               |                 |            | 0       |       |
      | AP común sin firmeza con gerencia NEGATIVA y sin autorización: no es no reconocida | ACCIDENTES_PERSONALES | ACCIDENTE_PERSONAL | COMUN | false | NEGATIVA | items[0].autorizacion | null | SIN_GLOSA | ninguna | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO | (ausente) | | (ausente) | | | 0 | |
      | CQ común sin firmeza con gerencia NEGATIVA y sin autorización: no es no reconocida | COMPLICACIONES_QUIRURGICAS | COMPLICACION_QUIRURGICA | COMUN | false | NEGATIVA | items[0].autorizacion | null | SIN_GLOSA | ninguna | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO | (ausente) | | (ausente) | | | 0 | |
      | AP de origen sin determinar: se escala               | ACCIDENTES_PERSONALES      | ACCIDENTE_PERSONAL      | SIN_DETERMINAR | false |          |                                   |            | ESCALADA    | GL_ORIGEN_POR_CONFIRMAR                    | ESCALAR_GERENCIA_MEDICA, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                     | (ausente)             |              | GL_ORIGEN_POR_CONFIRMAR | GERENCIA_MEDICA | 2026-02-17 | 0       | Un origen sin determinar en accidentes personales o complicaciones quirúrgicas se escala a la Gerencia Médica con 2 días hábiles para responder |
      | CQ de origen sin determinar: se escala               | COMPLICACIONES_QUIRURGICAS | COMPLICACION_QUIRURGICA | SIN_DETERMINAR | false |          | items[0].pertinencia              | NO_PERTINENTE | ESCALADA | GL_ORIGEN_POR_CONFIRMAR                    | ESCALAR_GERENCIA_MEDICA, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                     | (ausente)             |              | GL_ORIGEN_POR_CONFIRMAR | GERENCIA_MEDICA | 2026-02-17 | 0       |       |
      | AP sin determinar y sin tarifa pactada: dos escalamientos | ACCIDENTES_PERSONALES | ACCIDENTE_PERSONAL      | SIN_DETERMINAR | false |          | items[0].tarifaPactada            | null       | ESCALADA    | GL_ORIGEN_POR_CONFIRMAR, GL_TARIFA_NO_DEFINIDA | ESCALAR_GERENCIA_MEDICA, FACTURA_ABIERTA_HASTA, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                        | (ausente)             |              | GL_ORIGEN_POR_CONFIRMAR | GERENCIA_MEDICA | 2026-02-17 | 0       |       |
      | AP sin determinar, la gerencia dice laboral (NEGATIVA) | ACCIDENTES_PERSONALES    | ACCIDENTE_PERSONAL      | SIN_DETERMINAR | false | NEGATIVA |                                   |            | GLOSA_TOTAL | GL_ORIGEN_LABORAL                          | REMITIR_A_RIESGOS_LABORALES, AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR   | GL_ORIGEN_LABORAL     | CO0201       | (ausente)               |                 |            | 80000   |       |
      | AP sin determinar, la gerencia dice no laboral (POSITIVA) | ACCIDENTES_PERSONALES | ACCIDENTE_PERSONAL      | SIN_DETERMINAR | false | POSITIVA | items[0].autorizacion             | null       | SIN_GLOSA   | ninguna                                    | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                              | (ausente)             |              | (ausente)               |                 |            | 0       | Un origen no laboral confirmado por la Gerencia Médica no detiene la auditoría de accidentes personales o complicaciones quirúrgicas |
      | AP sin determinar con POSITIVA y no pertinente: glosa | ACCIDENTES_PERSONALES     | ACCIDENTE_PERSONAL      | SIN_DETERMINAR | false | POSITIVA | items[0].pertinencia              | NO_PERTINENTE | GLOSA_TOTAL | GL_NO_PERTINENTE                       |                                                                                                                                                         | GL_NO_PERTINENTE      | CL0201       | (ausente)               |                 |            | 80000   |       |
      | OTRO sin afiliación evidenciada: no se escala        | OTRO                       | ACCIDENTE_TRABAJO       | LABORAL        | true  |          | afiliacion.empleadorRelacionado   | false      | GLOSA_TOTAL | GL_RAMO_SIN_COBERTURA                      | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR                                | GL_RAMO_SIN_COBERTURA | CO0201       | (ausente)               |                 |            | 80000   |       |
      | OTRO de origen común sin firmeza: no se escala       | OTRO                       | ACCIDENTE_TRABAJO       | COMUN          | false |          |                                   |            | GLOSA_TOTAL | GL_RAMO_SIN_COBERTURA                      | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR                                | GL_RAMO_SIN_COBERTURA | CO0201       | (ausente)               |                 |            | 80000   |       |
      | OTRO de origen común en firme sin autorización       | OTRO                       | ACCIDENTE_TRABAJO       | COMUN          | true  |          | items[0].autorizacion             | null       | GLOSA_TOTAL | GL_RAMO_SIN_COBERTURA                      | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO, NOTIFICAR_GLOSA, ESPERAR_RESPUESTA_PRESTADOR                                | GL_RAMO_SIN_COBERTURA | CO0201       | (ausente)               |                 |            | 80000   |       |
      | OTRO de origen sin determinar: no se escala          | OTRO                       | ACCIDENTE_TRABAJO       | SIN_DETERMINAR | false |          |                                   |            | GLOSA_TOTAL | GL_RAMO_SIN_COBERTURA                      |                                                                                                                                                         | GL_RAMO_SIN_COBERTURA | CO0201       | (ausente)               |                 |            | 80000   |       |
      | RL de origen laboral: no es GL_ORIGEN_LABORAL        | RIESGOS_LABORALES          | ACCIDENTE_TRABAJO       | LABORAL        | false |          |                                   |            | SIN_GLOSA   | ninguna                                    | AUDITORIA_INICIAL, PLAZO_LEGAL_FORMULAR_GLOSAS, CIERRE_CONCILIACION_MAXIMO                                                                              | (ausente)             |              | (ausente)               |                 |            | 0       |       |

  Esquema del escenario: Plazos en días hábiles y meses: <caso>
    Dado que el campo "factura.fechaRadicacion" vale "<radicacion>"
    Y que el campo "factura.fechaExpedicion" vale "<radicacion>"
    Y que el campo "siniestro.fecha" vale "<radicacion>"
    Y que el campo "items[0].fechaPrestacion" vale "<radicacion>"
    Y que el campo "fechaEvaluacion" vale "<evaluacion>"
    Y que el campo "items[0].pertinencia" vale "<pertinencia>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y la acción "AUDITORIA_INICIAL" vence el "<auditoria>"
    Y la acción "PLAZO_LEGAL_FORMULAR_GLOSAS" vence el "<plazoLegal>"
    Y la acción "CIERRE_CONCILIACION_MAXIMO" vence el "<cierre>"
    Y la acción "NOTIFICAR_GLOSA" vence el "<notificar>"
    Y la acción "ESPERAR_RESPUESTA_PRESTADOR" vence el "<respuesta>"

    Ejemplos:
      | caso                                                      | radicacion | evaluacion | pertinencia   | resultado   | auditoria  | plazoLegal | cierre     | notificar  | respuesta  |
      | miércoles antes de San José (lunes 23 de marzo, festivo)  | 2026-03-18 | 2026-03-20 | NO_PERTINENTE | GLOSA_TOTAL | 2026-03-27 | 2026-04-20 | 2026-07-18 | 2026-03-27 | 2026-04-15 |
      | lunes antes de Semana Santa                               | 2026-03-30 | 2026-03-31 | NO_PERTINENTE | GLOSA_TOTAL | 2026-04-09 | 2026-04-29 | 2026-07-30 | 2026-04-09 | 2026-04-23 |
      | fin de mes: 31 de octubre más 4 meses es 28 de febrero    | 2025-10-31 | 2025-11-04 | PERTINENTE    | SIN_GLOSA   | 2025-11-11 | 2025-12-02 | 2026-02-28 |            |            |
      | fin de mes en año bisiesto: 29 de febrero                 | 2027-10-31 | 2027-11-02 | PERTINENTE    | SIN_GLOSA   |            |            | 2028-02-29 |            |            |
      | base: jueves 12 de febrero                                | 2026-02-12 | 2026-02-13 | NO_PERTINENTE | GLOSA_TOTAL | 2026-02-20 | 2026-03-12 | 2026-06-12 | 2026-02-20 | 2026-03-06 |

  Esquema del escenario: Manual de glosas por fecha de radicación: <caso>
    Dado que el campo "factura.fechaRadicacion" vale "<radicacion>"
    Y que el campo "items[0].valorUnitario" vale "90000"
    Y que el campo "items[0].valorTotal" vale "90000"
    Y que el campo "factura.valorTotal" vale "90000"
    Cuando pido la decisión
    Entonces el resultado es "GLOSA_PARCIAL"
    Y el campo "manualGlosas" de la respuesta vale "<manual>"
    Y el campo "glosas[0].codigoManual" de la respuesta vale "<codigoManual>"
    Y el campo "glosas[0].descripcionManual" de la respuesta vale "<descripcion>"
    Y las reglas aplicadas incluyen "<regla>"

    Ejemplos:
      | caso                           | radicacion | manual        | codigoManual | descripcion | regla |
      | el día antes del corte: 3047   | 2025-05-31 | RES_3047_2008 | 202          | Tarifas - Consultas, interconsultas y visitas médicas | Una factura radicada antes de la fecha de corte se codifica con el manual de la Resolución 3047 de 2008 |
      | el día del corte: 2284         | 2025-06-01 | RES_2284_2023 | TA0201       |             | Una factura radicada desde la fecha de corte se codifica con el manual de la Resolución 2284 de 2023 |

  Escenario: La notificación lleva lo que exige el artículo 57 de la Ley 1438 de 2011
    Dado que el campo "items[0].pertinencia" vale "NO_PERTINENTE"
    Cuando pido la decisión
    Entonces el resultado es "GLOSA_TOTAL"
    Y el campo "notificacion.numeroFactura" de la respuesta vale "FE-1001"
    Y el campo "notificacion.numeroDocumentoUsuario" de la respuesta vale "1010101010"
    Y el campo "notificacion.nombreUsuario" de la respuesta vale "Luis Gómez"
    Y el campo "notificacion.conceptosGlosados[0].concepto" de la respuesta vale "PERTINENCIA"
    Y el campo "notificacion.conceptosGlosados[0].causa" de la respuesta vale "Servicio no pertinente según la auditoría médica"
    Y el campo "notificacion.conceptosGlosados[0].valor" de la respuesta vale "80000"

  Escenario: Sin glosas no hay notificación
    Cuando pido la decisión
    Entonces el resultado es "SIN_GLOSA"
    Y el campo "notificacion" de la respuesta vale "(ausente)"
    Y el campo "manualGlosas" de la respuesta vale "RES_2284_2023"

  Esquema del escenario: Entrada inválida: <caso>
    Dado que el campo "<campo>" vale "<valor>"
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "<error>"

    Ejemplos:
      | caso                             | campo                     | valor        | error                     |
      | cantidad cero                    | items[0].cantidad         | 0            | items[0].cantidad         |
      | cantidad con decimales           | items[0].cantidad         | 1.5          | items[0].cantidad         |
      | valor unitario negativo          | items[0].valorUnitario    | -1           | items[0].valorUnitario    |
      | valor total negativo             | items[0].valorTotal       | -80000       | items[0].valorTotal       |
      | tarifa pactada negativa          | items[0].tarifaPactada    | -5           | items[0].tarifaPactada    |
      | valor SOAT negativo              | items[0].valorSoatPleno   | -5           | items[0].valorSoatPleno   |
      | total de factura negativo        | factura.valorTotal        | -1           | factura.valorTotal        |
      | más de dos decimales             | factura.valorTotal        | 80000.123    | factura.valorTotal        |
      | valor que no es número           | factura.valorTotal        | mucho        | factura.valorTotal        |
      | sin ítems                        | items                     | []           | items                     |
      | ítem nulo                        | items[0]                  | null         | items[0]                  |
      | estado de prestador desconocido  | prestador.estado          | EN_QUIEBRA   | prestador.estado          |
      | ramo desconocido                 | siniestro.ramo            | SALUD        | siniestro.ramo            |
      | ámbito desconocido               | ambito                    | CONSULTORIO  | ambito                    |
      | tarifario desconocido            | tarifario                 | ISS_2010     | tarifario                 |
      | tipo de servicio desconocido     | items[0].tipoServicio     | CIRUGIA      | items[0].tipoServicio     |
      | radicación posterior a la evaluación | factura.fechaRadicacion | 2026-03-01 | factura.fechaRadicacion |
      | campo desconocido en un ítem     | items[0].descuento        | 1000         | items[0].descuento        |
      | pertinencia desconocida          | items[0].pertinencia      | DUDOSA       | items[0].pertinencia      |
      | respuesta de gerencia desconocida | respuestaGerenciaMedica  | TAL_VEZ      | respuestaGerenciaMedica   |
      | fecha de radicación inválida     | factura.fechaRadicacion   | 2026-02-30   | factura.fechaRadicacion   |
      | sin fecha de radicación          | factura.fechaRadicacion   | (ausente)    | factura.fechaRadicacion   |
      | sin número de factura            | factura.numero            | (ausente)    | factura.numero            |
      | sin convenio informado           | prestador.tieneConvenio   | (ausente)    | prestador.tieneConvenio   |
      | sin usuario                      | usuario                   | (ausente)    | usuario                   |
      | sin documento del usuario        | usuario.numeroDocumento   | (ausente)    | usuario.numeroDocumento   |
      | sin fecha del siniestro          | siniestro.fecha           | (ausente)    | siniestro.fecha           |
      | sin afiliación                   | afiliacion                | (ausente)    | afiliacion                |
      | sin fecha de prestación          | items[0].fechaPrestacion  | (ausente)    | items[0].fechaPrestacion  |
      | soportes que no son una lista    | items[0].soportes         | EPICRISIS    | items[0].soportes         |
      | ítems que no son una lista       | items                     | {}           | items                     |

  Escenario: Un cuerpo que no es JSON es un 400, no un 500
    Cuando envío a "/api/v1/glosas/decide" el cuerpo:
      """
      {"factura": {"numero": "FE-1"
      """
    Entonces la respuesta es un error 400

  Escenario: Un lote con una factura limpia, una glosada y una inválida
    Dado un lote de "glosas" con los casos de "examples/glosas-lote.json"
    Cuando pido la decisión del lote
    Entonces el campo "resumen.total" de la respuesta vale "3"
    Y el campo "resumen.errores" de la respuesta vale "1"
    Y el campo "resumen.porResultado.SIN_GLOSA" de la respuesta vale "1"
    Y el campo "resumen.porResultado.GLOSA_PARCIAL" de la respuesta vale "1"
    Y el campo "resumen.valorGlosado" de la respuesta vale "430000"
    Y el campo "resultados[1].glosas[0].codigoManual" de la respuesta vale "TA0201"
    Y el campo "resultados[2].error.status" de la respuesta vale "400"

  Regla: Cobro duplicado entre dos ítems de la misma factura
    La base de esta regla tiene dos consultas de urgencias del mismo código en días distintos (no duplicadas).

    Antecedentes:
      Dado que el campo "items[1].id" vale "IT-2"
      Y que el campo "items[1].codigo" vale "'890701'"
      Y que el campo "items[1].tipoServicio" vale "CONSULTA"
      Y que el campo "items[1].fechaPrestacion" vale "2026-02-06"
      Y que el campo "items[1].cantidad" vale "1"
      Y que el campo "items[1].valorUnitario" vale "80000"
      Y que el campo "items[1].valorTotal" vale "80000"
      Y que el campo "items[1].tarifaPactada" vale "80000"
      Y que el campo "items[1].autorizacion.numero" vale "A-10"
      Y que el campo "items[1].soportes[0]" vale "HOJA_ATENCION_URGENCIAS"
      Y que el campo "factura.valorTotal" vale "160000"

    Esquema del escenario: Dos ítems: <caso>
      Dado que el campo "<campo1>" vale "<valor1>"
      Y que el campo "<campo2>" vale "<valor2>"
      Y que el campo "<campo3>" vale "<valor3>"
      Cuando pido la decisión
      Entonces el resultado es "<resultado>"
      Y las causales son "<causales>"
      Y el campo "glosas[0].item" de la respuesta vale "<item>"
      Y el campo "glosas[0].codigoManual" de la respuesta vale "<codigoManual>"
      Y el campo "glosas[0].valor" de la respuesta vale "<valor>"
      Y el campo "valorGlosado" de la respuesta vale "<glosado>"

      Ejemplos:
        | caso                                                   | campo1                   | valor1     | campo2                  | valor2        | campo3              | valor3 | resultado     | causales                             | item      | codigoManual | valor | glosado |
        | mismo código en días distintos no es duplicado         |                          |            |                         |               |                     |        | SIN_GLOSA     | ninguna                              | (ausente) |              |       | 0       |
        | mismo código, fecha y cantidad: se glosa el repetido   | items[1].fechaPrestacion | 2026-02-05 |                         |               |                     |        | GLOSA_PARCIAL | GL_COBRO_DUPLICADO                   | IT-2      | FA2702       | 80000 | 80000   |
        | duplicado con el manual 3047                           | items[1].fechaPrestacion | 2026-02-05 | factura.fechaRadicacion | 2025-05-30    |                     |        | GLOSA_PARCIAL | GL_COBRO_DUPLICADO                   | IT-2      | 102          | 80000 | 80000   |
        | mismo código y fecha con otra cantidad no es duplicado | items[1].fechaPrestacion | 2026-02-05 | items[1].cantidad       | 2             | items[1].valorTotal | 160000 | SIN_GLOSA     | ninguna                              | (ausente) |              |       | 0       |
        | otro código el mismo día no es duplicado               | items[1].fechaPrestacion | 2026-02-05 | items[1].codigo         | '890702'      |                     |        | SIN_GLOSA     | ninguna                              | (ausente) |              |       | 0       |
        | duplicado aunque el prestador repita el id             | items[1].fechaPrestacion | 2026-02-05 | items[1].id             | IT-1          |                     |        | GLOSA_PARCIAL | GL_COBRO_DUPLICADO                   | IT-1      | FA2702       | 80000 | 80000   |
        | el repetido además no pertinente: tope del ítem        | items[1].fechaPrestacion | 2026-02-05 | items[1].pertinencia    | NO_PERTINENTE |                     |        | GLOSA_PARCIAL | GL_NO_PERTINENTE, GL_COBRO_DUPLICADO | IT-2      | CL0201       | 80000 | 80000   |
