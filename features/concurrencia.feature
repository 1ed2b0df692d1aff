# language: es
Característica: Seguimiento de pacientes hospitalizados por la auditoría concurrente
  El proveedor de auditoría concurrente de la ARL decide cada día, en el censo de los asegurados hospitalizados
  por accidente de trabajo o enfermedad laboral, si la visita presencial (48 horas hábiles desde la notificación),
  el seguimiento (24 o 72 horas de reloj), el egreso y el cargue (24 horas) están al día, y qué hallazgos se
  notifican (spec/concurrencia.md). La posible invalidez del mismo caso la decide el dominio invalidez.
  Para añadir un caso basta una fila en la tabla Ejemplos: una celda vacía deja el campo de la solicitud base como
  está y no comprueba nada; "(ausente)" quita el campo (o, en la respuesta, comprueba que es null); "(vacío)" es el
  texto vacío; "ninguna" es una lista vacía; las listas van separadas por comas y sin comillas. Las fechas-hora son
  yyyy-MM-ddTHH:mm de America/Bogota. Las acciones salen en el orden de la tabla de la especificación, así que
  "acciones[0]" es siempre la primera que aplica.

  Antecedentes:
    Dado una solicitud de "concurrencia" como esta:
      """
      {
        "idCaso": "CONC-2026-0500",
        "sucursal": "Medellín",
        "siniestro": {"id": "SIN-900", "tipo": "ACCIDENTE_TRABAJO", "origen": "LABORAL", "accidenteTransito": false,
                      "recobroSoatIps": null},
        "hospitalizacion": {"fechaHoraIngreso": "2026-03-31T22:10", "fechaHoraNotificacion": "2026-04-01T09:30",
                            "estanciaEsperadaDias": null, "fechaHoraEgresoAnterior": null},
        "contactos": [{"tipo": "VISITA_PRESENCIAL", "fechaHora": "2026-04-01T11:00"}],
        "hallazgos": {"fallasServicio": [], "eventosAdversos": [], "serviciosNoPertinentes": [],
                      "autorizacionesNoConsumidas": []},
        "rehabilitacion": {"requiere": false, "matriculado": false},
        "historiaClinicaIncompleta": false,
        "egreso": null,
        "fechaHoraEvaluacion": "2026-04-01T15:00"
      }
      """

  Escenario: el ejemplo de la especificación, con un medicamento no pertinente
    Dado que el campo "contactos[0].tipo" vale "SEGUIMIENTO_TELEFONICO"
    Y que el campo "hospitalizacion.estanciaEsperadaDias" vale "5"
    Y que el campo "hallazgos.serviciosNoPertinentes[0].tipo" vale "MEDICAMENTO"
    Y que el campo "hallazgos.serviciosNoPertinentes[0].codigo" vale "M-77"
    Y que el campo "hallazgos.serviciosNoPertinentes[0].descripcion" vale "Antibiótico sin indicación"
    Y que el campo "rehabilitacion.requiere" vale "true"
    Cuando pido la decisión
    Entonces el resultado es "CON_HALLAZGOS"
    Y las causales son "CO_SERVICIO_NO_PERTINENTE"
    Y las acciones son "REALIZAR_VISITA_PRESENCIAL, REALIZAR_SEGUIMIENTO, NOTIFICAR_NO_PERTINENCIA, MATRICULAR_REHABILITACION_INTEGRAL"
    Y el campo "acciones[0].tipo" de la respuesta vale "REALIZAR_VISITA_PRESENCIAL"
    Y el campo "acciones[0].fechaHoraLimite" de la respuesta vale "2026-04-07T09:30"
    Y el campo "acciones[1].tipo" de la respuesta vale "REALIZAR_SEGUIMIENTO"
    Y el campo "acciones[1].fechaHoraLimite" de la respuesta vale "2026-04-04T11:00"
    Y el campo "acciones[2].tipo" de la respuesta vale "NOTIFICAR_NO_PERTINENCIA"
    Y el campo "acciones[2].fechaHoraLimite" de la respuesta vale "(ausente)"
    Y el campo "acciones[3].tipo" de la respuesta vale "MATRICULAR_REHABILITACION_INTEGRAL"
    Y el campo "acciones[2].fechaLimite" de la respuesta vale "(ausente)"
    Y el campo "idCaso" de la respuesta vale "CONC-2026-0500"
    Y el campo "etapa" de la respuesta vale "HOSPITALIZADO"
    Y el campo "estancia" de la respuesta vale "CORTA"
    Y el campo "horasEstancia" de la respuesta vale "16"
    Y el campo "diasEstancia" de la respuesta vale "1"
    Y el campo "visitaPresencial.fechaHoraLimite" de la respuesta vale "2026-04-07T09:30"
    Y el campo "visitaPresencial.fechaHora" de la respuesta vale "(ausente)"
    Y el campo "visitaPresencial.estado" de la respuesta vale "PENDIENTE"
    Y el campo "seguimiento.ultimoContacto" de la respuesta vale "2026-04-01T11:00"
    Y el campo "seguimiento.fechaHoraLimite" de la respuesta vale "2026-04-04T11:00"
    Y el campo "seguimiento.estado" de la respuesta vale "AL_DIA"
    Y el campo "cargue" de la respuesta vale "(ausente)"
    Y el campo "documentosFaltantes" de la respuesta es la lista "ninguna"
    Y el campo "marcasInforme" de la respuesta es la lista "CASO_NUEVO, GLOSA_IDENTIFICADA"
    Y el campo "informeMensual.periodo" de la respuesta vale "2026-04"
    Y el campo "informeMensual.fechaLimite" de la respuesta vale "2026-05-15"
    Y el campo "causales[0].descripcion" de la respuesta vale "Servicios, insumos o medicamentos no pertinentes"
    Y el campo "causales[0].tipo" de la respuesta vale "HALLAZGO"
    Y las reglas aplicadas incluyen "La visita presencial vence 48 horas hábiles después de la notificación"
    Y las reglas aplicadas incluyen "Un servicio, insumo o medicamento no pertinente es hallazgo"

  Esquema del escenario: estancia corta o larga: <caso>
    Dado que el campo "hospitalizacion.fechaHoraIngreso" vale "<ingreso>"
    Y que el campo "hospitalizacion.fechaHoraNotificacion" vale "<notificacion>"
    Y que el campo "contactos" vale "<contactos>"
    Y que el campo "egreso.fechaHora" vale "<egreso>"
    Y que el campo "fechaHoraEvaluacion" vale "<evaluacion>"
    Cuando pido la decisión
    Entonces el campo "estancia" de la respuesta vale "<estancia>"
    Y el campo "horasEstancia" de la respuesta vale "<horas>"
    Y el campo "diasEstancia" de la respuesta vale "<dias>"
    Y el campo "etapa" de la respuesta vale "<etapa>"

    Ejemplos:
      | caso                                          | ingreso          | notificacion     | contactos | egreso           | evaluacion       | estancia | horas | dias | etapa         |
      | 16 horas desde el ingreso de la noche         |                  |                  |           |                  |                  | CORTA    | 16    | 1    | HOSPITALIZADO |
      | 72 horas exactas todavía son estancia corta   |                  |                  |           |                  | 2026-04-03T22:10 | CORTA    | 72    | 3    |               |
      | un minuto más de 72 horas es estancia larga   |                  |                  |           |                  | 2026-04-03T22:11 | LARGA    | 72    | 3    |               |
      | el mismo día del ingreso cuenta 1 día         |                  | 2026-03-31T22:30 | []        |                  | 2026-03-31T23:00 | CORTA    | 0     | 1    |               |
      | cruzando el fin de año                        | 2025-12-30T20:00 | 2025-12-31T08:00 | []        |                  | 2026-01-02T20:01 | LARGA    | 72    | 3    |               |
      | egresado: la estancia se mide hasta el egreso |                  |                  |           | 2026-04-06T10:00 | 2026-04-07T08:00 | LARGA    | 131   | 6    | EGRESADO      |

  Esquema del escenario: visita presencial en 48 horas hábiles: <caso>
    Dado que el campo "hospitalizacion.fechaHoraIngreso" vale "<ingreso>"
    Y que el campo "hospitalizacion.fechaHoraNotificacion" vale "<notificacion>"
    Y que el campo "contactos[0].tipo" vale "<tipo>"
    Y que el campo "contactos[0].fechaHora" vale "<contacto>"
    Y que el campo "contactos[1].tipo" vale "<tipo2>"
    Y que el campo "contactos[1].fechaHora" vale "<contacto2>"
    Y que el campo "fechaHoraEvaluacion" vale "<evaluacion>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y el campo "visitaPresencial.fechaHoraLimite" de la respuesta vale "<limite>"
    Y el campo "visitaPresencial.fechaHora" de la respuesta vale "<visita>"
    Y el campo "visitaPresencial.estado" de la respuesta vale "<estado>"
    Y el campo "acciones[0].tipo" de la respuesta vale "<accion>"
    Y el campo "acciones[0].fechaHoraLimite" de la respuesta vale "<vence>"

    Ejemplos:
      | caso                                                          | ingreso          | notificacion     | tipo                   | contacto         | tipo2             | contacto2        | evaluacion       | limite           | visita           | estado       | resultado      | causales          | accion                     | vence            |
      | miércoles antes de Semana Santa (ejemplo)                     |                  |                  | SEGUIMIENTO_TELEFONICO |                  |                   |                  |                  | 2026-04-07T09:30 | (ausente)        | PENDIENTE    | AL_DIA         | ninguna           | REALIZAR_VISITA_PRESENCIAL | 2026-04-07T09:30 |
      | viernes antes del lunes de San José (Ley Emiliani)            | 2026-03-20T10:00 | 2026-03-20T16:00 | SEGUIMIENTO_TELEFONICO | 2026-03-20T18:00 |                   |                  | 2026-03-23T10:00 | 2026-03-25T16:00 | (ausente)        | PENDIENTE    | AL_DIA         | ninguna           | REALIZAR_VISITA_PRESENCIAL | 2026-03-25T16:00 |
      | sábado: se cuenta desde el lunes a las 00:00                  | 2026-03-28T08:00 | 2026-03-28T10:00 | SEGUIMIENTO_TELEFONICO | 2026-03-28T12:00 |                   |                  | 2026-03-30T12:00 | 2026-04-01T00:00 | (ausente)        | PENDIENTE    | AL_DIA         | ninguna           | REALIZAR_VISITA_PRESENCIAL | 2026-04-01T00:00 |
      | viernes antes del lunes 13 de julio (Ley 2578 de 2026)        | 2026-07-10T08:00 | 2026-07-10T11:00 | SEGUIMIENTO_TELEFONICO | 2026-07-10T12:00 |                   |                  | 2026-07-13T10:00 | 2026-07-15T11:00 | (ausente)        | PENDIENTE    | AL_DIA         | ninguna           | REALIZAR_VISITA_PRESENCIAL | 2026-07-15T11:00 |
      | viernes antes del lunes del Sagrado Corazón (Ley Emiliani)    | 2026-06-12T08:00 | 2026-06-12T09:00 | SEGUIMIENTO_TELEFONICO | 2026-06-12T10:00 |                   |                  | 2026-06-15T09:00 | 2026-06-17T09:00 | (ausente)        | PENDIENTE    | AL_DIA         | ninguna           | REALIZAR_VISITA_PRESENCIAL | 2026-06-17T09:00 |
      | 31 de diciembre: el 1 de enero y el fin de semana no corren   | 2026-12-31T08:00 | 2026-12-31T12:00 | SEGUIMIENTO_TELEFONICO | 2026-12-31T13:00 |                   |                  | 2027-01-02T10:00 | 2027-01-05T12:00 | (ausente)        | PENDIENTE    | AL_DIA         | ninguna           | REALIZAR_VISITA_PRESENCIAL | 2027-01-05T12:00 |
      | sin visita, pendiente hasta el minuto del plazo               |                  |                  | SEGUIMIENTO_TELEFONICO | 2026-04-06T10:00 |                   |                  | 2026-04-07T09:30 | 2026-04-07T09:30 | (ausente)        | PENDIENTE    | AL_DIA         | ninguna           | REALIZAR_VISITA_PRESENCIAL | 2026-04-07T09:30 |
      | sin visita un minuto después del plazo está vencida           |                  |                  | SEGUIMIENTO_TELEFONICO | 2026-04-06T10:00 |                   |                  | 2026-04-07T09:31 | 2026-04-07T09:30 | (ausente)        | VENCIDA      | VISITA_VENCIDA | CO_VISITA_VENCIDA | REALIZAR_VISITA_PRESENCIAL | 2026-04-07T09:30 |
      | visita en el minuto del plazo es oportuna                     |                  |                  |                        | 2026-04-07T09:30 |                   |                  | 2026-04-07T12:00 | 2026-04-07T09:30 | 2026-04-07T09:30 | OPORTUNA     | AL_DIA         | ninguna           | REALIZAR_SEGUIMIENTO       | 2026-04-10T09:30 |
      | visita tardía pero hecha es extemporánea, sin causal          |                  |                  |                        | 2026-04-07T09:31 |                   |                  | 2026-04-07T12:00 | 2026-04-07T09:30 | 2026-04-07T09:31 | EXTEMPORANEA | AL_DIA         | ninguna           | REALIZAR_SEGUIMIENTO       | 2026-04-10T09:31 |
      | una visita de sábado vale si llega a tiempo                   | 2026-03-20T10:00 | 2026-03-20T16:00 |                        | 2026-03-21T10:00 |                   |                  | 2026-03-21T12:00 | 2026-03-25T16:00 | 2026-03-21T10:00 | OPORTUNA     | AL_DIA         | ninguna           | REALIZAR_SEGUIMIENTO       | 2026-03-24T10:00 |
      | cuenta la primera visita aunque llegue de segunda             |                  |                  |                        | 2026-04-08T10:00 | VISITA_PRESENCIAL | 2026-04-02T10:00 | 2026-04-08T12:00 | 2026-04-07T09:30 | 2026-04-02T10:00 | OPORTUNA     | AL_DIA         | ninguna           | REALIZAR_SEGUIMIENTO       | 2026-04-11T10:00 |

  Esquema del escenario: seguimiento del hospitalizado cada 24 o 72 horas de reloj: <caso>
    Dado que el campo "hospitalizacion.fechaHoraIngreso" vale "<ingreso>"
    Y que el campo "hospitalizacion.fechaHoraNotificacion" vale "<notificacion>"
    Y que el campo "contactos" vale "<contactos>"
    Y que el campo "contactos[0].tipo" vale "<tipo>"
    Y que el campo "contactos[0].fechaHora" vale "<contacto>"
    Y que el campo "contactos[1].tipo" vale "<tipo2>"
    Y que el campo "contactos[1].fechaHora" vale "<contacto2>"
    Y que el campo "fechaHoraEvaluacion" vale "<evaluacion>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y el campo "seguimiento.ultimoContacto" de la respuesta vale "<ultimo>"
    Y el campo "seguimiento.fechaHoraLimite" de la respuesta vale "<limite>"
    Y el campo "seguimiento.estado" de la respuesta vale "<estado>"

    Ejemplos:
      | caso                                                          | ingreso          | notificacion     | contactos | tipo                   | contacto         | tipo2             | contacto2        | evaluacion       | ultimo           | limite           | estado  | resultado           | causales                   |
      | sin contactos, estancia corta: 24 horas, al día en el minuto   |                  |                  | []        |                        |                  |                   |                  | 2026-04-02T09:30 | (ausente)        | 2026-04-02T09:30 | AL_DIA  | AL_DIA              | ninguna                    |
      | sin contactos, estancia corta: vencido a las 24 horas y 1 min  |                  |                  | []        |                        |                  |                   |                  | 2026-04-02T09:31 | (ausente)        | 2026-04-02T09:30 | VENCIDO | SEGUIMIENTO_VENCIDO | CO_SEGUIMIENTO_24H_VENCIDO |
      | notificada a las 72 horas exactas del ingreso: aún corta       | 2026-03-28T23:00 | 2026-03-31T23:00 | []        |                        |                  |                   |                  | 2026-04-01T23:01 | (ausente)        | 2026-04-01T23:00 | VENCIDO | SEGUIMIENTO_VENCIDO | CO_SEGUIMIENTO_24H_VENCIDO |
      | notificada ya larga: 72 horas desde la notificación            | 2026-03-28T22:59 | 2026-03-31T23:00 | []        |                        |                  |                   |                  | 2026-04-03T23:00 | (ausente)        | 2026-04-03T23:00 | AL_DIA  | AL_DIA              | ninguna                    |
      | notificada ya larga y sin contactos en 72 horas: vencido       | 2026-03-28T22:59 | 2026-03-31T23:00 | []        |                        |                  |                   |                  | 2026-04-03T23:01 | (ausente)        | 2026-04-03T23:00 | VENCIDO | SEGUIMIENTO_VENCIDO | CO_SEGUIMIENTO_72H_VENCIDO |
      | la visita es contacto: 72 horas desde ella                     |                  |                  |           |                        |                  |                   |                  | 2026-04-04T11:00 | 2026-04-01T11:00 | 2026-04-04T11:00 | AL_DIA  | AL_DIA              | ninguna                    |
      | más de 72 horas desde el último contacto: vencido              |                  |                  |           |                        |                  |                   |                  | 2026-04-04T11:01 | 2026-04-01T11:00 | 2026-04-04T11:00 | VENCIDO | SEGUIMIENTO_VENCIDO | CO_SEGUIMIENTO_72H_VENCIDO |
      | una llamada dentro de las 24 horas pasa a la cadencia de 72    |                  |                  |           | SEGUIMIENTO_TELEFONICO | 2026-04-01T12:00 |                   |                  | 2026-04-02T12:00 | 2026-04-01T12:00 | 2026-04-04T12:00 | AL_DIA  | AL_DIA              | ninguna                    |
      | cuenta el contacto más reciente aunque llegue de primero       |                  |                  |           | SEGUIMIENTO_TELEFONICO | 2026-04-03T10:00 | VISITA_PRESENCIAL | 2026-04-01T11:00 | 2026-04-06T10:00 | 2026-04-03T10:00 | 2026-04-06T10:00 | AL_DIA  | AL_DIA              | ninguna                    |
      | Jueves y Viernes Santo corren: son horas de reloj              | 2026-04-02T08:00 | 2026-04-02T09:00 | []        |                        |                  |                   |                  | 2026-04-03T09:01 | (ausente)        | 2026-04-03T09:00 | VENCIDO | SEGUIMIENTO_VENCIDO | CO_SEGUIMIENTO_24H_VENCIDO |

  Esquema del escenario: un solo resultado, el de más precedencia, con todas las causales: <caso>
    Dado que el campo "contactos" vale "<contactos>"
    Y que el campo "fechaHoraEvaluacion" vale "<evaluacion>"
    Y que el campo "hallazgos.fallasServicio[0]" vale "<falla>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"

    Ejemplos:
      | caso                                                  | contactos | evaluacion       | falla   | resultado           | causales                                                       | acciones                                                                 |
      | visita vencida pesa más que seguimiento y hallazgo    | []        | 2026-04-07T09:31 | CALIDAD | VISITA_VENCIDA      | CO_VISITA_VENCIDA, CO_SEGUIMIENTO_24H_VENCIDO, CO_FALLA_CALIDAD | REALIZAR_VISITA_PRESENCIAL, REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO |
      | seguimiento vencido pesa más que un hallazgo          |           | 2026-04-04T11:01 | CALIDAD | SEGUIMIENTO_VENCIDO | CO_SEGUIMIENTO_72H_VENCIDO, CO_FALLA_CALIDAD                   | REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO                           |
      | un hallazgo con los plazos al día                     |           |                  | CALIDAD | CON_HALLAZGOS       | CO_FALLA_CALIDAD                                               | REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO                           |
      | todo al día: solo el próximo seguimiento              |           |                  |         | AL_DIA              | ninguna                                                        | REALIZAR_SEGUIMIENTO                                                     |

  Esquema del escenario: hallazgos, acciones y marcas del informe: <caso>
    Dado que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Y que el campo "<campo3>" vale "<valor3>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y el campo "marcasInforme" de la respuesta es la lista "<marcas>"

    Ejemplos:
      | caso                                                    | campo1                                         | valor1                    | campo2                                     | valor2                    | campo3                      | valor3           | resultado     | causales                                  | acciones                                                                    | marcas                                 |
      | falla de calidad                                        | hallazgos.fallasServicio[0]                    | CALIDAD                   |                                            |                           |                             |                  | CON_HALLAZGOS | CO_FALLA_CALIDAD                          | REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO                              | CASO_NUEVO                             |
      | falla de pertinencia                                    | hallazgos.fallasServicio[0]                    | PERTINENCIA               |                                            |                           |                             |                  | CON_HALLAZGOS | CO_FALLA_PERTINENCIA                      | REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO                              | CASO_NUEVO                             |
      | falla de oportunidad                                    | hallazgos.fallasServicio[0]                    | OPORTUNIDAD               |                                            |                           |                             |                  | CON_HALLAZGOS | CO_FALLA_OPORTUNIDAD                      | REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO                              | CASO_NUEVO                             |
      | falla de continuidad                                    | hallazgos.fallasServicio[0]                    | CONTINUIDAD               |                                            |                           |                             |                  | CON_HALLAZGOS | CO_FALLA_CONTINUIDAD                      | REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO                              | CASO_NUEVO                             |
      | una falla repetida cuenta una vez                       | hallazgos.fallasServicio[0]                    | CALIDAD                   | hallazgos.fallasServicio[1]                | CALIDAD                   |                             |                  | CON_HALLAZGOS | CO_FALLA_CALIDAD                          | REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO                              | CASO_NUEVO                             |
      | dos fallas en el orden del catálogo, una notificación   | hallazgos.fallasServicio[0]                    | CONTINUIDAD               | hallazgos.fallasServicio[1]                | CALIDAD                   |                             |                  | CON_HALLAZGOS | CO_FALLA_CALIDAD, CO_FALLA_CONTINUIDAD    | REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO                              | CASO_NUEVO                             |
      | evento adverso                                          | hallazgos.eventosAdversos[0]                   | Caída desde la camilla    |                                            |                           |                             |                  | CON_HALLAZGOS | CO_EVENTO_ADVERSO                         | REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO                              | CASO_NUEVO, EVENTO_ADVERSO             |
      | falla y evento adverso: una sola notificación           | hallazgos.fallasServicio[0]                    | OPORTUNIDAD               | hallazgos.eventosAdversos[0]               | Flebitis por catéter      |                             |                  | CON_HALLAZGOS | CO_FALLA_OPORTUNIDAD, CO_EVENTO_ADVERSO   | REALIZAR_SEGUIMIENTO, NOTIFICAR_FALLA_SERVICIO                              | CASO_NUEVO, EVENTO_ADVERSO             |
      | servicio no pertinente: glosa identificada              | hallazgos.serviciosNoPertinentes[0].tipo       | SERVICIO                  | hallazgos.serviciosNoPertinentes[0].descripcion | Resonancia sin indicación |                        |                  | CON_HALLAZGOS | CO_SERVICIO_NO_PERTINENTE                 | REALIZAR_SEGUIMIENTO, NOTIFICAR_NO_PERTINENCIA                              | CASO_NUEVO, GLOSA_IDENTIFICADA         |
      | autorización no consumida: se pide su anulación         | hallazgos.autorizacionesNoConsumidas[0]        | 'AUT-2026-118'            |                                            |                           |                             |                  | CON_HALLAZGOS | CO_AUTORIZACIONES_NO_CONSUMIDAS           | REALIZAR_SEGUIMIENTO, SOLICITAR_ANULACION_AUTORIZACIONES                    | CASO_NUEVO, ANULACION_AUTORIZACION     |
      | origen común: cambio de línea de pago y recobro a la EPS | siniestro.origen                              | COMUN                     |                                            |                           |                             |                  | CON_HALLAZGOS | CO_ORIGEN_COMUN                           | REALIZAR_SEGUIMIENTO, TRAMITAR_CAMBIO_LINEA_DE_PAGO, NOTIFICAR_SERVICIOS_PARA_RECOBRO | CASO_NUEVO, RECOBRO            |
      | origen sin determinar: apoyo a la calificación          | siniestro.origen                               | SIN_DETERMINAR            |                                            |                           |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO, APOYAR_CALIFICACION_ORIGEN                            | CASO_NUEVO                             |
      | origen ausente es laboral                               | siniestro.origen                               | (ausente)                 |                                            |                           |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO                                                        | CASO_NUEVO                             |
      | accidente de tránsito sin recobro de la IPS al SOAT     | siniestro.accidenteTransito                    | true                      | siniestro.recobroSoatIps                   | false                     |                             |                  | CON_HALLAZGOS | CO_IPS_SIN_RECOBRO_SOAT                   | REALIZAR_SEGUIMIENTO, NOTIFICAR_SERVICIOS_PARA_RECOBRO                      | CASO_NUEVO, RECOBRO                    |
      | accidente de tránsito con el recobro sin verificar      | siniestro.accidenteTransito                    | true                      |                                            |                           |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO, VERIFICAR_RECOBRO_SOAT                                | CASO_NUEVO                             |
      | accidente de tránsito con el recobro hecho              | siniestro.accidenteTransito                    | true                      | siniestro.recobroSoatIps                   | true                      |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO                                                        | CASO_NUEVO                             |
      | sin accidente de tránsito el recobro al SOAT se ignora  | siniestro.recobroSoatIps                       | false                     |                                            |                           |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO                                                        | CASO_NUEVO                             |
      | origen común y SOAT: una sola notificación de recobro   | siniestro.origen                               | COMUN                     | siniestro.accidenteTransito                | true                      | siniestro.recobroSoatIps    | false            | CON_HALLAZGOS | CO_ORIGEN_COMUN, CO_IPS_SIN_RECOBRO_SOAT  | REALIZAR_SEGUIMIENTO, TRAMITAR_CAMBIO_LINEA_DE_PAGO, NOTIFICAR_SERVICIOS_PARA_RECOBRO | CASO_NUEVO, RECOBRO            |
      | estancia de más días que la esperada, hospitalizado     | hospitalizacion.estanciaEsperadaDias           | 1                         | fechaHoraEvaluacion                        | 2026-04-03T10:00          |                             |                  | CON_HALLAZGOS | CO_ESTANCIA_PROLONGADA                    | REALIZAR_SEGUIMIENTO, VALIDAR_ALTERNATIVAS_EGRESO                           | CASO_NUEVO, ESTANCIA_PROLONGADA        |
      | estancia igual a la esperada no es prolongada           | hospitalizacion.estanciaEsperadaDias           | 3                         | fechaHoraEvaluacion                        | 2026-04-03T10:00          |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO                                                        | CASO_NUEVO                             |
      | sin estancia esperada no se evalúa                      | fechaHoraEvaluacion                            | 2026-04-04T10:00          |                                            |                           |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO                                                        | CASO_NUEVO                             |
      | reingreso a menos de 15 días del egreso anterior        | hospitalizacion.fechaHoraEgresoAnterior        | 2026-03-16T22:11          |                                            |                           |                             |                  | CON_HALLAZGOS | CO_REINGRESO                              | REALIZAR_SEGUIMIENTO                                                        | CASO_NUEVO, REINGRESO                  |
      | 15 días exactos desde el egreso anterior no es reingreso | hospitalizacion.fechaHoraEgresoAnterior       | 2026-03-16T22:10          |                                            |                           |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO                                                        | CASO_NUEVO                             |
      | requiere rehabilitación integral y no está matriculado  | rehabilitacion.requiere                        | true                      |                                            |                           |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO, MATRICULAR_REHABILITACION_INTEGRAL                    | CASO_NUEVO                             |
      | ya matriculado en rehabilitación: va al reporte         | rehabilitacion.requiere                        | true                      | rehabilitacion.matriculado                 | true                      |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO                                                        | CASO_NUEVO, REHABILITACION             |
      | historia clínica incompleta                             | historiaClinicaIncompleta                      | true                      |                                            |                           |                             |                  | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO, GESTIONAR_REGISTROS_HISTORIA_CLINICA                  | CASO_NUEVO                             |
      | listas y objetos opcionales ausentes                    | hallazgos                                      | (ausente)                 | rehabilitacion                             | (ausente)                 | historiaClinicaIncompleta   | (ausente)        | AL_DIA        | ninguna                                   | REALIZAR_SEGUIMIENTO                                                        | CASO_NUEVO                             |

  Esquema del escenario: egreso, documentos y cargue en 24 horas: <caso>
    Dado una solicitud de "concurrencia" como esta:
      """
      {
        "idCaso": "CONC-2026-0501",
        "sucursal": "Medellín",
        "siniestro": {"id": "SIN-901", "tipo": "ACCIDENTE_TRABAJO"},
        "hospitalizacion": {"fechaHoraIngreso": "2026-03-31T22:10", "fechaHoraNotificacion": "2026-04-01T09:30"},
        "contactos": [{"tipo": "VISITA_PRESENCIAL", "fechaHora": "2026-04-01T11:00"}],
        "egreso": {"fechaHora": "2026-04-06T10:00",
                   "documentos": ["EPICRISIS", "DIAS_HOSPITALIZACION", "PROCEDIMIENTOS", "AYUDAS_DIAGNOSTICAS",
                                  "TRATAMIENTOS_PENDIENTES", "PLAN_ATENCION_AMBULATORIA", "RECOMENDACIONES_MEDICAS",
                                  "INCAPACIDAD"],
                   "examenesSolicitados": false, "requiereIncapacidad": true, "requiereServiciosPostEgreso": false,
                   "fechaHoraCargue": "2026-04-06T18:00"},
        "fechaHoraEvaluacion": "2026-04-07T08:00"
      }
      """
    Y que el campo "egreso.fechaHora" vale "<egreso>"
    Y que el campo "egreso.fechaHoraCargue" vale "<cargue>"
    Y que el campo "fechaHoraEvaluacion" vale "<evaluacion>"
    Y que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y el campo "acciones[0].fechaHoraLimite" de la respuesta vale "<vence>"
    Y el campo "cargue.fechaHoraLimite" de la respuesta vale "<limiteCargue>"
    Y el campo "cargue.estado" de la respuesta vale "<cargueEstado>"
    Y el campo "documentosFaltantes" de la respuesta es la lista "<faltantes>"
    Y el campo "visitaPresencial.estado" de la respuesta vale "<visita>"
    Y el campo "seguimiento" de la respuesta vale "(ausente)"
    Y el campo "etapa" de la respuesta vale "EGRESADO"

    Ejemplos:
      | caso                                                      | egreso           | cargue           | evaluacion       | campo1                                  | valor1              | campo2                        | valor2  | resultado         | causales                                                 | acciones                                                               | vence            | limiteCargue     | cargueEstado | faltantes                                                                                                                                     | visita       |
      | cargado a tiempo y completo: al día, sin acciones         |                  |                  |                  |                                         |                     |                               |         | AL_DIA            | ninguna                                                  | ninguna                                                                |                  | 2026-04-07T10:00 | OPORTUNO     | ninguna                                                                                                                                       | OPORTUNA     |
      | cargado en el minuto del plazo                            |                  | 2026-04-07T10:00 | 2026-04-07T12:00 |                                         |                     |                               |         | AL_DIA            | ninguna                                                  | ninguna                                                                |                  | 2026-04-07T10:00 | OPORTUNO     |                                                                                                                                               |              |
      | cargado tarde pero hecho: extemporáneo, sin causal        |                  | 2026-04-07T10:01 | 2026-04-07T12:00 |                                         |                     |                               |         | AL_DIA            | ninguna                                                  | ninguna                                                                |                  | 2026-04-07T10:00 | EXTEMPORANEO |                                                                                                                                               |              |
      | sin cargue dentro de las 24 horas: pendiente              |                  | (ausente)        | 2026-04-07T10:00 |                                         |                     |                               |         | AL_DIA            | ninguna                                                  | CARGAR_INFORMACION_EGRESO                                              | 2026-04-07T10:00 | 2026-04-07T10:00 | PENDIENTE    |                                                                                                                                               |              |
      | sin cargue pasadas las 24 horas: vencido                  |                  | (ausente)        | 2026-04-07T10:01 |                                         |                     |                               |         | CARGUE_VENCIDO    | CO_CARGUE_VENCIDO                                        | CARGAR_INFORMACION_EGRESO                                              | 2026-04-07T10:00 | 2026-04-07T10:00 | VENCIDO      |                                                                                                                                               |              |
      | egreso el Jueves Santo: las 24 horas son de reloj         | 2026-04-02T15:00 | (ausente)        | 2026-04-03T15:01 |                                         |                     |                               |         | CARGUE_VENCIDO    | CO_CARGUE_VENCIDO                                        | CARGAR_INFORMACION_EGRESO                                              | 2026-04-03T15:00 | 2026-04-03T15:00 | VENCIDO      |                                                                                                                                               |              |
      | egreso el 31 de diciembre: vence el 1 de enero            | 2026-12-31T20:00 | (ausente)        | 2027-01-01T20:00 |                                         |                     |                               |         | AL_DIA            | ninguna                                                  | CARGAR_INFORMACION_EGRESO                                              | 2027-01-01T20:00 | 2027-01-01T20:00 | PENDIENTE    |                                                                                                                                               |              |
      | falta la epicrisis: egreso incompleto                     |                  |                  |                  | egreso.documentos[0]                    | (ausente)           |                               |         | EGRESO_INCOMPLETO | CO_EGRESO_INCOMPLETO                                     | GESTIONAR_DOCUMENTOS_EGRESO                                            | 2026-04-07T10:00 |                  | OPORTUNO     | EPICRISIS                                                                                                                                     |              |
      | sin ningún documento, en el orden del catálogo            |                  |                  |                  | egreso.documentos                       | []                  |                               |         | EGRESO_INCOMPLETO | CO_EGRESO_INCOMPLETO                                     | GESTIONAR_DOCUMENTOS_EGRESO                                            | 2026-04-07T10:00 |                  |              | EPICRISIS, DIAS_HOSPITALIZACION, PROCEDIMIENTOS, AYUDAS_DIAGNOSTICAS, TRATAMIENTOS_PENDIENTES, PLAN_ATENCION_AMBULATORIA, RECOMENDACIONES_MEDICAS, INCAPACIDAD |              |
      | documentos ausentes y sin incapacidad que expedir         |                  |                  |                  | egreso.documentos                       | (ausente)           | egreso.requiereIncapacidad    | false   | EGRESO_INCOMPLETO | CO_EGRESO_INCOMPLETO                                     | GESTIONAR_DOCUMENTOS_EGRESO                                            |                  |                  |              | EPICRISIS, DIAS_HOSPITALIZACION, PROCEDIMIENTOS, AYUDAS_DIAGNOSTICAS, TRATAMIENTOS_PENDIENTES, PLAN_ATENCION_AMBULATORIA, RECOMENDACIONES_MEDICAS              |              |
      | sin decir si requiere incapacidad, se exige               |                  |                  |                  | egreso.requiereIncapacidad              | (ausente)           | egreso.documentos[7]          | (ausente) | EGRESO_INCOMPLETO | CO_EGRESO_INCOMPLETO                                   | GESTIONAR_DOCUMENTOS_EGRESO                                            |                  |                  |              | INCAPACIDAD                                                                                                                                   |              |
      | sin incapacidad que expedir no se exige                   |                  |                  |                  | egreso.requiereIncapacidad              | false               | egreso.documentos[7]          | (ausente) | AL_DIA          | ninguna                                                  | ninguna                                                                |                  |                  |              | ninguna                                                                                                                                       |              |
      | exámenes solicitados sin el documento                     |                  |                  |                  | egreso.examenesSolicitados              | true                |                               |         | EGRESO_INCOMPLETO | CO_EGRESO_INCOMPLETO                                     | GESTIONAR_DOCUMENTOS_EGRESO                                            |                  |                  |              | EXAMENES_LABORATORIO                                                                                                                          |              |
      | exámenes solicitados con el documento                     |                  |                  |                  | egreso.examenesSolicitados              | true                | egreso.documentos[8]          | EXAMENES_LABORATORIO | AL_DIA | ninguna                                                  | ninguna                                                                |                  |                  |              | ninguna                                                                                                                                       |              |
      | un documento repetido cuenta una vez                      |                  |                  |                  | egreso.documentos[8]                    | EPICRISIS           |                               |         | AL_DIA            | ninguna                                                  | ninguna                                                                |                  |                  |              | ninguna                                                                                                                                       |              |
      | cargue vencido pesa más que egreso incompleto y hallazgo  |                  | (ausente)        | 2026-04-07T10:01 | egreso.documentos[0]                    | (ausente)           | hallazgos.fallasServicio[0]   | CALIDAD | CARGUE_VENCIDO    | CO_CARGUE_VENCIDO, CO_EGRESO_INCOMPLETO, CO_FALLA_CALIDAD | GESTIONAR_DOCUMENTOS_EGRESO, CARGAR_INFORMACION_EGRESO, NOTIFICAR_FALLA_SERVICIO | 2026-04-07T10:00 | 2026-04-07T10:00 | VENCIDO      | EPICRISIS                                                                                                                                     |              |
      | egreso incompleto pesa más que un hallazgo                |                  |                  |                  | egreso.documentos[0]                    | (ausente)           | hallazgos.fallasServicio[0]   | CALIDAD | EGRESO_INCOMPLETO | CO_EGRESO_INCOMPLETO, CO_FALLA_CALIDAD                   | GESTIONAR_DOCUMENTOS_EGRESO, NOTIFICAR_FALLA_SERVICIO                  | 2026-04-07T10:00 |                  |              | EPICRISIS                                                                                                                                     |              |
      | servicios tras el alta: se informa al operador logístico  |                  |                  |                  | egreso.requiereServiciosPostEgreso      | true                |                               |         | AL_DIA            | ninguna                                                  | INFORMAR_OPERADOR_LOGISTICO                                            | (ausente)        |                  |              | ninguna                                                                                                                                       |              |
      | estancia prolongada ya egresado: sin validar alternativas |  |  |  | hospitalizacion.estanciaEsperadaDias | 5 |  |  | CON_HALLAZGOS | CO_ESTANCIA_PROLONGADA | ninguna |  |  |  | ninguna |  |
      | egresó antes del plazo de la visita: no requerida         |                  |                  |                  | contactos                               | []                  |                               |         | AL_DIA            | ninguna                                                  | ninguna                                                                |                  |                  |              | ninguna                                                                                                                                       | NO_REQUERIDA |
      | egresó sin visita después del plazo: vencida, sin causal  | 2026-04-07T09:31 | 2026-04-07T10:00 | 2026-04-07T12:00 | contactos                               | []                  |                               |         | AL_DIA            | ninguna                                                  | ninguna                                                                |                  | 2026-04-08T09:31 | OPORTUNO     | ninguna                                                                                                                                       | VENCIDA      |
      | notificado después del egreso: la visita no se requiere   |                  |                  |                  | contactos                               | []                  | hospitalizacion.fechaHoraNotificacion | 2026-04-06T12:00 | AL_DIA | ninguna                                          | ninguna                                                                |                  |                  |              | ninguna                                                                                                                                       | NO_REQUERIDA |

  Esquema del escenario: las acciones salen una vez y en el orden de la tabla: <posicion>. <tipo>
    Dado que el campo "contactos" vale "[]"
    Y que el campo "fechaHoraEvaluacion" vale "2026-04-03T10:00"
    Y que el campo "hallazgos.fallasServicio[0]" vale "CALIDAD"
    Y que el campo "hallazgos.eventosAdversos[0]" vale "Reacción adversa a un medicamento"
    Y que el campo "hallazgos.serviciosNoPertinentes[0].tipo" vale "INSUMO"
    Y que el campo "hallazgos.serviciosNoPertinentes[0].descripcion" vale "Apósitos especiales sin indicación"
    Y que el campo "siniestro.origen" vale "COMUN"
    Y que el campo "siniestro.accidenteTransito" vale "true"
    Y que el campo "hallazgos.autorizacionesNoConsumidas[0]" vale "'AUT-1'"
    Y que el campo "hospitalizacion.estanciaEsperadaDias" vale "1"
    Y que el campo "rehabilitacion.requiere" vale "true"
    Y que el campo "historiaClinicaIncompleta" vale "true"
    Cuando pido la decisión
    Entonces el resultado es "SEGUIMIENTO_VENCIDO"
    Y el campo "acciones[<posicion>].tipo" de la respuesta vale "<tipo>"
    Y el campo "acciones[<posicion>].fechaHoraLimite" de la respuesta vale "<vence>"
    Y el campo "acciones[11]" de la respuesta vale "(ausente)"

    Ejemplos:
      | posicion | tipo                                 | vence            |
      | 0        | REALIZAR_VISITA_PRESENCIAL           | 2026-04-07T09:30 |
      | 1        | REALIZAR_SEGUIMIENTO                 | 2026-04-02T09:30 |
      | 2        | NOTIFICAR_FALLA_SERVICIO             | (ausente)        |
      | 3        | NOTIFICAR_NO_PERTINENCIA             | (ausente)        |
      | 4        | TRAMITAR_CAMBIO_LINEA_DE_PAGO        | (ausente)        |
      | 5        | VERIFICAR_RECOBRO_SOAT               | (ausente)        |
      | 6        | NOTIFICAR_SERVICIOS_PARA_RECOBRO     | (ausente)        |
      | 7        | SOLICITAR_ANULACION_AUTORIZACIONES   | (ausente)        |
      | 8        | VALIDAR_ALTERNATIVAS_EGRESO          | (ausente)        |
      | 9        | MATRICULAR_REHABILITACION_INTEGRAL   | (ausente)        |
      | 10       | GESTIONAR_REGISTROS_HISTORIA_CLINICA | (ausente)        |

  Esquema del escenario: las acciones del egreso salen en el orden de la tabla: <posicion>. <tipo>
    Dado que el campo "egreso.fechaHora" vale "2026-04-06T10:00"
    Y que el campo "egreso.documentos" vale "[]"
    Y que el campo "egreso.requiereServiciosPostEgreso" vale "true"
    Y que el campo "siniestro.origen" vale "SIN_DETERMINAR"
    Y que el campo "fechaHoraEvaluacion" vale "2026-04-07T10:01"
    Cuando pido la decisión
    Entonces el resultado es "CARGUE_VENCIDO"
    Y las causales son "CO_CARGUE_VENCIDO, CO_EGRESO_INCOMPLETO"
    Y el campo "acciones[<posicion>].tipo" de la respuesta vale "<tipo>"
    Y el campo "acciones[<posicion>].fechaHoraLimite" de la respuesta vale "<vence>"
    Y el campo "acciones[4]" de la respuesta vale "(ausente)"

    Ejemplos:
      | posicion | tipo                        | vence            |
      | 0        | GESTIONAR_DOCUMENTOS_EGRESO | 2026-04-07T10:00 |
      | 1        | CARGAR_INFORMACION_EGRESO   | 2026-04-07T10:00 |
      | 2        | INFORMAR_OPERADOR_LOGISTICO | (ausente)        |
      | 3        | APOYAR_CALIFICACION_ORIGEN  | (ausente)        |

  Esquema del escenario: informe mensual: periodo, entrega en 10 días hábiles y caso nuevo: <caso>
    Dado que el campo "hospitalizacion.fechaHoraIngreso" vale "<ingreso>"
    Y que el campo "hospitalizacion.fechaHoraNotificacion" vale "<notificacion>"
    Y que el campo "contactos[0].fechaHora" vale "<contacto>"
    Y que el campo "fechaHoraEvaluacion" vale "<evaluacion>"
    Cuando pido la decisión
    Entonces el campo "informeMensual.periodo" de la respuesta vale "<periodo>"
    Y el campo "informeMensual.fechaLimite" de la respuesta vale "<entrega>"
    Y el campo "marcasInforme" de la respuesta es la lista "<marcas>"

    Ejemplos:
      | caso                                                        | ingreso          | notificacion     | contacto         | evaluacion       | periodo | entrega    | marcas     |
      | abril: la Ascensión del lunes 18 de mayo no alcanza         |                  |                  |                  |                  | 2026-04 | 2026-05-15 | CASO_NUEVO |
      | marzo: Semana Santa corre la entrega al 16 de abril         | 2026-03-30T08:00 | 2026-03-30T09:00 | 2026-03-30T10:00 | 2026-03-31T10:00 | 2026-03 | 2026-04-16 | CASO_NUEVO |
      | junio: el lunes 13 de julio (Ley 2578) corre la entrega     | 2026-05-29T08:00 | 2026-05-29T09:00 | 2026-06-29T10:00 | 2026-06-30T10:00 | 2026-06 | 2026-07-15 | ninguna    |
      | octubre: los lunes 2 y 16 de noviembre corren la entrega    | 2026-10-29T08:00 | 2026-10-29T09:00 | 2026-10-29T10:00 | 2026-10-30T10:00 | 2026-10 | 2026-11-17 | CASO_NUEVO |
      | diciembre: el 1 y el lunes 11 de enero corren la entrega    | 2026-12-30T08:00 | 2026-12-30T09:00 | 2026-12-30T10:00 | 2026-12-31T10:00 | 2026-12 | 2027-01-18 | CASO_NUEVO |
      | enero siguiente: notificado en diciembre no es caso nuevo   | 2026-12-30T08:00 | 2026-12-30T09:00 | 2026-12-31T10:00 | 2027-01-01T10:00 | 2027-01 | 2027-02-12 | ninguna    |

  Escenario: sin fechaHoraEvaluacion el "ahora" es la hora actual
    Dado que el campo "hospitalizacion.fechaHoraIngreso" vale "2020-01-02T08:00"
    Y que el campo "hospitalizacion.fechaHoraNotificacion" vale "2020-01-02T09:00"
    Y que el campo "contactos[0].fechaHora" vale "2020-01-02T10:00"
    Y que el campo "fechaHoraEvaluacion" vale "(ausente)"
    Cuando pido la decisión
    Entonces el campo "etapa" de la respuesta vale "HOSPITALIZADO"
    Y el campo "estancia" de la respuesta vale "LARGA"

  Escenario: el resumen del lote cuenta estancias, visitas, marcas y sucursales, y promedia los días
    Cuando envío a "/api/v1/concurrencia/decide/lote" el cuerpo:
      """
      {"casos": [
        {"idCaso": "L-1", "sucursal": "Bogotá", "siniestro": {"id": "S-1", "tipo": "ACCIDENTE_TRABAJO"},
         "hospitalizacion": {"fechaHoraIngreso": "2026-03-31T22:10", "fechaHoraNotificacion": "2026-04-01T09:30"},
         "fechaHoraEvaluacion": "2026-04-01T15:00"},
        {"idCaso": "L-2", "sucursal": "Cali", "siniestro": {"id": "S-2", "tipo": "ENFERMEDAD_LABORAL"},
         "hospitalizacion": {"fechaHoraIngreso": "2026-03-01T08:00", "fechaHoraNotificacion": "2026-03-01T09:00"},
         "egreso": {"fechaHora": "2026-03-08T08:00"}, "fechaHoraEvaluacion": "2026-03-08T09:00"},
        {"idCaso": "L-3", "sucursal": "Bogotá", "siniestro": {"id": "S-3", "tipo": "ACCIDENTE_TRABAJO"},
         "hospitalizacion": {"fechaHoraIngreso": "2026-03-10T08:00", "fechaHoraNotificacion": "2026-03-10T09:00"},
         "contactos": [{"tipo": "VISITA_PRESENCIAL", "fechaHora": "2026-03-10T10:00"}],
         "fechaHoraEvaluacion": "2026-03-16T10:00"},
        {"idCaso": "L-4", "siniestro": {"id": "S-4", "tipo": "ACCIDENTE_TRABAJO"},
         "hospitalizacion": {"fechaHoraIngreso": "2026-04-01T08:00", "fechaHoraNotificacion": "2026-04-01T08:30"},
         "fechaHoraEvaluacion": "2026-04-01T09:00"},
        {"idCaso": "L-5", "siniestro": {"id": "S-5", "tipo": "ACCIDENTE_TRABAJO"}}
      ]}
      """
    Entonces el campo "resumen.total" de la respuesta vale "5"
    Y el campo "resumen.errores" de la respuesta vale "1"
    Y el campo "resumen.porResultado.AL_DIA" de la respuesta vale "2"
    Y el campo "resumen.porResultado.EGRESO_INCOMPLETO" de la respuesta vale "1"
    Y el campo "resumen.porResultado.SEGUIMIENTO_VENCIDO" de la respuesta vale "1"
    Y el campo "resumen.porEstancia.CORTA" de la respuesta vale "2"
    Y el campo "resumen.porEstancia.LARGA" de la respuesta vale "2"
    Y el campo "resumen.porEstadoVisita.PENDIENTE" de la respuesta vale "2"
    Y el campo "resumen.porEstadoVisita.VENCIDA" de la respuesta vale "1"
    Y el campo "resumen.porEstadoVisita.OPORTUNA" de la respuesta vale "1"
    Y el campo "resumen.porEstadoVisita.EXTEMPORANEA" de la respuesta vale "(ausente)"
    Y el campo "resumen.porMarca.CASO_NUEVO" de la respuesta vale "4"
    Y el campo "resumen.porMarca.RECOBRO" de la respuesta vale "(ausente)"
    Y el campo "resumen.porSucursal.Bogotá" de la respuesta vale "2"
    Y el campo "resumen.porSucursal.Cali" de la respuesta vale "1"
    Y el campo "resumen.promedioDiasEstancia" de la respuesta vale "3.75"
    Y el campo "resultados[4].idCaso" de la respuesta vale "L-5"
    Y el campo "resultados[4].error.errores[0].campo" de la respuesta vale "hospitalizacion"

  Escenario: un lote sin casos decididos tiene las tablas vacías y sin promedio
    Cuando envío a "/api/v1/concurrencia/decide/lote" el cuerpo:
      """
      {"casos": [{"idCaso": "L-9"}]}
      """
    Entonces el campo "resumen.total" de la respuesta vale "1"
    Y el campo "resumen.errores" de la respuesta vale "1"
    Y el campo "resumen.porEstancia" de la respuesta vale "{}"
    Y el campo "resumen.porEstadoVisita" de la respuesta vale "{}"
    Y el campo "resumen.porMarca" de la respuesta vale "{}"
    Y el campo "resumen.porSucursal" de la respuesta vale "{}"
    Y el campo "resumen.promedioDiasEstancia" de la respuesta vale "(ausente)"

  Escenario: el lote de ejemplo del censo, con casos inválidos que no tumban el lote
    Dado un lote de "concurrencia" con los casos de "examples/concurrencia-lote.json"
    Cuando pido la decisión del lote
    Entonces el campo "resumen.total" de la respuesta vale "300"
    Y el campo "resumen.errores" de la respuesta vale "12"

  Esquema del escenario: solicitud inválida: <caso>
    Dado que el campo "<campo>" vale "<valor>"
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "<nombrado>"

    Ejemplos:
      | caso                                             | campo                                           | valor            | nombrado                                        |
      | sin idCaso                                       | idCaso                                          | (ausente)        | idCaso                                          |
      | idCaso vacío                                     | idCaso                                          | (vacío)          | idCaso                                          |
      | idCaso en blanco                                 | idCaso                                          | '   '            | idCaso                                          |
      | idCaso numérico                                  | idCaso                                          | 500              | idCaso                                          |
      | idCaso de más de 100 caracteres                  | idCaso                                          | CONC-2026-0500-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX | idCaso |
      | sucursal en blanco                               | sucursal                                        | (vacío)          | sucursal                                        |
      | sin siniestro                                    | siniestro                                       | (ausente)        | siniestro                                       |
      | sin id de siniestro                              | siniestro.id                                    | (ausente)        | siniestro.id                                    |
      | sin tipo de siniestro                            | siniestro.tipo                                  | (ausente)        | siniestro.tipo                                  |
      | tipo de siniestro desconocido                    | siniestro.tipo                                  | ACCIDENTE_COMUN  | siniestro.tipo                                  |
      | origen desconocido                               | siniestro.origen                                | MIXTO            | siniestro.origen                                |
      | accidente de tránsito como texto                 | siniestro.accidenteTransito                     | si               | siniestro.accidenteTransito                     |
      | sin hospitalización                              | hospitalizacion                                 | (ausente)        | hospitalizacion                                 |
      | sin ingreso                                      | hospitalizacion.fechaHoraIngreso                | (ausente)        | hospitalizacion.fechaHoraIngreso                |
      | sin notificación                                 | hospitalizacion.fechaHoraNotificacion           | (ausente)        | hospitalizacion.fechaHoraNotificacion           |
      | hora de un dígito                                | hospitalizacion.fechaHoraIngreso                | 2026-03-31T9:10  | hospitalizacion.fechaHoraIngreso                |
      | con segundos                                     | hospitalizacion.fechaHoraNotificacion           | 2026-04-01T09:30:00 | hospitalizacion.fechaHoraNotificacion        |
      | con espacio en vez de T                          | hospitalizacion.fechaHoraNotificacion           | 2026-04-01 09:30 | hospitalizacion.fechaHoraNotificacion           |
      | con zona                                         | fechaHoraEvaluacion                             | 2026-04-01T15:00Z | fechaHoraEvaluacion                            |
      | fecha sola                                       | fechaHoraEvaluacion                             | 2026-04-01       | fechaHoraEvaluacion                             |
      | fecha inexistente                                | fechaHoraEvaluacion                             | 2026-02-30T10:00 | fechaHoraEvaluacion                             |
      | las 24:00 no existen                             | fechaHoraEvaluacion                             | 2026-04-01T24:00 | fechaHoraEvaluacion                             |
      | mes 13 en el egreso                              | egreso.fechaHora                                | 2026-13-01T10:00 | egreso.fechaHora                                |
      | año fuera de rango                               | fechaHoraEvaluacion                             | 3000-01-01T00:00 | fechaHoraEvaluacion                             |
      | estancia esperada de 0 días                      | hospitalizacion.estanciaEsperadaDias            | 0                | hospitalizacion.estanciaEsperadaDias            |
      | estancia esperada con decimales                  | hospitalizacion.estanciaEsperadaDias            | 2.5              | hospitalizacion.estanciaEsperadaDias            |
      | estancia esperada como texto                     | hospitalizacion.estanciaEsperadaDias            | '3'              | hospitalizacion.estanciaEsperadaDias            |
      | contacto sin tipo                                | contactos[0].tipo                               | (ausente)        | contactos[0].tipo                               |
      | contacto de tipo desconocido                     | contactos[0].tipo                               | CORREO           | contactos[0].tipo                               |
      | contacto sin fecha-hora                          | contactos[0].fechaHora                          | (ausente)        | contactos[0].fechaHora                          |
      | contacto nulo                                    | contactos[0]                                    | null             | contactos[0]                                    |
      | más de 500 contactos                             | contactos[500].tipo                             | VISITA_PRESENCIAL | contactos                                      |
      | falla fuera del enumerado                        | hallazgos.fallasServicio[0]                     | HIGIENE          | hallazgos.fallasServicio[0]                     |
      | más de 20 fallas                                 | hallazgos.fallasServicio[20]                    | CALIDAD          | hallazgos.fallasServicio                        |
      | evento adverso vacío                             | hallazgos.eventosAdversos[0]                    | (vacío)          | hallazgos.eventosAdversos[0]                    |
      | servicio no pertinente sin descripción           | hallazgos.serviciosNoPertinentes[0].descripcion | (ausente)        | hallazgos.serviciosNoPertinentes[0].descripcion |
      | servicio no pertinente sin tipo                  | hallazgos.serviciosNoPertinentes[0].tipo        | (ausente)        | hallazgos.serviciosNoPertinentes[0].tipo        |
      | servicio no pertinente de tipo desconocido       | hallazgos.serviciosNoPertinentes[0].tipo        | PROCEDIMIENTO    | hallazgos.serviciosNoPertinentes[0].tipo        |
      | código de servicio de más de 20 caracteres       | hallazgos.serviciosNoPertinentes[0].codigo      | M-77-XXXXXXXXXXXXXXXXX | hallazgos.serviciosNoPertinentes[0].codigo |
      | autorización numérica                            | hallazgos.autorizacionesNoConsumidas[0]         | 12345            | hallazgos.autorizacionesNoConsumidas[0]         |
      | documento de egreso fuera del catálogo           | egreso.documentos[0]                            | CARNE_VACUNAS    | egreso.documentos[0]                            |
      | egreso sin fecha-hora                            | egreso.fechaHora                                | (ausente)        | egreso.fechaHora                                |
      | exámenes solicitados como texto                  | egreso.examenesSolicitados                      | no               | egreso.examenesSolicitados                      |
      | un criterio de invalidez no es de este dominio   | diasUci                                         | 3                | diasUci                                         |
      | campo desconocido en la hospitalización          | hospitalizacion.cama                            | '12B'            | hospitalizacion.cama                            |
      | notificación antes del ingreso                   | hospitalizacion.fechaHoraNotificacion           | 2026-03-31T22:09 | hospitalizacion.fechaHoraNotificacion           |
      | evaluación antes de la notificación              | fechaHoraEvaluacion                             | 2026-04-01T09:29 | fechaHoraEvaluacion                             |
      | egreso anterior igual al ingreso                 | hospitalizacion.fechaHoraEgresoAnterior         | 2026-03-31T22:10 | hospitalizacion.fechaHoraEgresoAnterior         |
      | egreso antes del ingreso                         | egreso.fechaHora                                | 2026-03-31T22:09 | egreso.fechaHora                                |
      | egreso después de la evaluación                  | egreso.fechaHora                                | 2026-04-01T15:01 | egreso.fechaHora                                |
      | contacto antes de la notificación                | contactos[0].fechaHora                          | 2026-04-01T09:29 | contactos[0].fechaHora                          |
      | contacto después de la evaluación                | contactos[0].fechaHora                          | 2026-04-01T15:01 | contactos[0].fechaHora                          |

  Esquema del escenario: incoherencias entre dos campos: <caso>
    Dado que el campo "<campo1>" vale "<valor1>"
    Y que el campo "<campo2>" vale "<valor2>"
    Y que el campo "<campo3>" vale "<valor3>"
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "<nombrado>"

    Ejemplos:
      | caso                                          | campo1           | valor1           | campo2                      | valor2             | campo3              | valor3    | nombrado                    |
      | cargue antes del egreso                       | egreso.fechaHora | 2026-04-01T12:00 | egreso.fechaHoraCargue      | 2026-04-01T11:59   |                     |           | egreso.fechaHoraCargue      |
      | cargue después de la evaluación               | egreso.fechaHora | 2026-04-01T12:00 | egreso.fechaHoraCargue      | 2026-04-01T15:01   |                     |           | egreso.fechaHoraCargue      |
      | contacto después del egreso                   | egreso.fechaHora | 2026-04-01T10:59 |                             |                    |                     |           | contactos[0].fechaHora      |
      | accidente de tránsito en una enfermedad laboral | siniestro.tipo | ENFERMEDAD_LABORAL | siniestro.accidenteTransito | true             |                     |           | siniestro.accidenteTransito |
      | sin evaluación, un egreso posterior a la hora actual | fechaHoraEvaluacion | (ausente) | egreso.fechaHora | 2999-01-01T00:00 |                     |           | egreso.fechaHora |
      | sin evaluación, una notificación futura       | fechaHoraEvaluacion | (ausente)     | contactos                   | []                 | hospitalizacion.fechaHoraNotificacion | 2999-01-01T00:00 | fechaHoraEvaluacion |

  Escenario: todos los errores de una solicitud van juntos, también los de fechas incoherentes
    Dado que el campo "siniestro.tipo" vale "INCENDIO"
    Y que el campo "hospitalizacion.fechaHoraNotificacion" vale "2026-03-31T20:00"
    Y que el campo "contactos[0].tipo" vale "LLAMADA"
    Y que el campo "contactos[1].tipo" vale "SEGUIMIENTO_TELEFONICO"
    Y que el campo "contactos[1].fechaHora" vale "2026-04-01T16:00"
    Y que el campo "hospitalizacion.estanciaEsperadaDias" vale "0"
    Y que el campo "egreso.fechaHora" vale "2026-04-01T9:00"
    Y que el campo "fechaHoraEvaluacion" vale "2026-04-01T15:00"
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "siniestro.tipo"
    Y la respuesta es un error 400 que nombra el campo "hospitalizacion.fechaHoraNotificacion"
    Y la respuesta es un error 400 que nombra el campo "contactos[0].tipo"
    Y la respuesta es un error 400 que nombra el campo "contactos[1].fechaHora"
    Y la respuesta es un error 400 que nombra el campo "hospitalizacion.estanciaEsperadaDias"
    Y la respuesta es un error 400 que nombra el campo "egreso.fechaHora"

  Escenario: un JSON mal formado es un 400 problem+json
    Cuando envío a "/api/v1/concurrencia/decide" el cuerpo:
      """
      {"idCaso": "CONC-1", "hospitalizacion": {"fechaHoraIngreso": "2026-03-31T22:10"
      """
    Entonces la respuesta es un error 400
