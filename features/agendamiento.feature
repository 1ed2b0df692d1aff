# language: es
Característica: Enrutamiento de solicitudes de cita de medicina general y pediatría a los canales digitales
  Una EPS migra el agendamiento de seis CUPS a la autogestión digital, sede por sede, para los afiliados a PBS
  de 11 a 54 años (spec/agendamiento.md; seed 002). En cada contacto (IVR, asesor telefónico, sede o canal
  digital) la decisión dice si el afiliado es población objetivo, con todas las causales que se cumplen; el
  resultado es el del primer paso que aplica (caso RISS abierto, IVR, redirección por el asesor o en la sede,
  canal que atiende); dice qué canal gestiona la cita, qué hace quien atiende y, en días hábiles colombianos,
  para cuándo. La solicitud base es la de la spec: un afiliado objetivo de la USS Suba (migrada el 2024-10-01)
  que llama al asesor el lunes 2026-03-30. Para añadir un caso basta una fila en una tabla Ejemplos. Las celdas
  con JSON (listas de casos, incidentes) van en pasos con comillas simples.

  Antecedentes:
    Dado una solicitud de "agendamiento" como esta:
      """
      {
        "idSolicitud": "AG-2026-000123", "fechaSolicitud": "2026-03-30",
        "canalEntrada": "ASESOR_TELEFONICO", "cups": "890201",
        "afiliado": {"plan": "PBS", "fechaNacimiento": "1990-05-14", "sedeCapita": "USS_SUBA", "marcacionesRiesgo": []},
        "sedeMigrada": null, "contingenciaCanalesDigitales": false, "condicionPreferencial": false,
        "mediosDigitales": {"smartphoneConDatos": true, "computadorODispositivoFamiliar": false,
                            "rechazaWhatsapp": false, "rechazaApp": false},
        "requiereAcompanamiento": false, "insisteCanalTelefonico": false,
        "agenda": {"hayDisponibilidad": null, "aceptaCita": null, "alternativasOfrecidas": false},
        "casosRissAbiertos": [], "incidente": null
      }
      """

  Escenario: la solicitud de la spec se redirige a Lina WhatsApp y la respuesta explica por qué
    Cuando pido la decisión
    Entonces el resultado es "REDIRIGIDA_CANAL_DIGITAL"
    Y las causales son "ninguna"
    Y las acciones son "INVITAR_LINA_WHATSAPP"
    Y el campo "idSolicitud" de la respuesta vale "AG-2026-000123"
    Y el campo "dominio" de la respuesta vale "agendamiento"
    Y el campo "edad" de la respuesta vale "35"
    Y el campo "especialidad" de la respuesta vale "MEDICINA_GENERAL"
    Y el campo "poblacion" de la respuesta vale "OBJETIVO"
    Y el campo "sedeMigrada" de la respuesta vale "true"
    Y el campo "migracionDigital" de la respuesta vale "true"
    Y el campo "canalAsignado" de la respuesta vale "LINA_WHATSAPP"
    Y el campo "fechaRespuestaRiss" de la respuesta vale "(ausente)"
    Y el campo "radicadoAbierto" de la respuesta vale "(ausente)"
    Y las reglas aplicadas incluyen "El perfil de la solicitud se calcula una vez con los catálogos"
    Y las reglas aplicadas incluyen "Sin causales de alcance ni de población el afiliado es población objetivo"
    Y las reglas aplicadas incluyen "La población objetivo de una sede migrada sin contingencia solo se atiende por medios digitales"
    Y las reglas aplicadas incluyen "Con el asesor o en la sede la población de migración digital con medios digitales se redirige a un canal digital"
    Y las reglas aplicadas incluyen "Con smartphone con datos se invita a Lina WhatsApp"

  Esquema del escenario: población objetivo, con todas las causales de alcance, población y operación: <caso>
    Dado que el campo "fechaSolicitud" vale "<fecha>"
    Y que el campo "cups" vale "<cups>"
    Y que el campo "afiliado.plan" vale "<plan>"
    Y que el campo "afiliado.fechaNacimiento" vale "<nacimiento>"
    Y que el campo "afiliado.marcacionesRiesgo" vale '<marcaciones>'
    Y que el campo "afiliado.sedeCapita" vale "<sede>"
    Y que el campo "sedeMigrada" vale "<sedeMigrada>"
    Y que el campo "contingenciaCanalesDigitales" vale "<contingencia>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y el campo "poblacion" de la respuesta vale "<poblacion>"
    Y el campo "migracionDigital" de la respuesta vale "<migracion>"
    Y el campo "sedeMigrada" de la respuesta vale "<sede migrada>"
    Y el campo "edad" de la respuesta vale "<edad>"
    Y el campo "especialidad" de la respuesta vale "<especialidad>"

    Ejemplos: alcance: los seis CUPS incluidos con su especialidad, y el plan PBS
      | caso                                         | fecha | cups        | plan | nacimiento | marcaciones | sede | sedeMigrada | contingencia | resultado                | causales                 | poblacion   | migracion | sede migrada | edad | especialidad     |
      | medicina general primera vez                 |       | '890201'    |      |            |             |      |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                  | OBJETIVO    | true      | true         | 35   | MEDICINA_GENERAL |
      | medicina general control                     |       | '890301'    |      |            |             |      |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                  | OBJETIVO    | true      | true         |      | MEDICINA_GENERAL |
      | consulta no programada de medicina general   |       | '89020110'  |      |            |             |      |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                  | OBJETIVO    | true      | true         |      | MEDICINA_GENERAL |
      | pediatría primera vez                        |       | '890283'    |      |            |             |      |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                  | OBJETIVO    | true      | true         |      | PEDIATRIA        |
      | pediatría control                            |       | '890383'    |      |            |             |      |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                  | OBJETIVO    | true      | true         |      | PEDIATRIA        |
      | consulta no programada pediátrica            |       | '89020271'  |      |            |             |      |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                  | OBJETIVO    | true      | true         |      | PEDIATRIA        |
      | un CUPS de otra consulta                     |       | '890202'    |      |            |             |      |             |              | ATENCION_ASESOR          | AG_CUPS_FUERA_DE_ALCANCE | NO_OBJETIVO | false     | true         |      | (ausente)        |
      | un CUPS de 8 dígitos que no está             |       | '89020111'  |      |            |             |      |             |              | ATENCION_ASESOR          | AG_CUPS_FUERA_DE_ALCANCE | NO_OBJETIVO | false     |              |      | (ausente)        |
      | régimen subsidiado                           |       |             | RS   |            |             |      |             |              | ATENCION_ASESOR          | AG_PLAN_NO_PBS           | NO_OBJETIVO | false     |              |      |                  |
      | otro plan                                    |       |             | OTRO |            |             |      |             |              | ATENCION_ASESOR          | AG_PLAN_NO_PBS           | NO_OBJETIVO | false     |              |      |                  |

    Ejemplos: población: de 11 a 54 años cumplidos, sin marcación de riesgo (años cumplidos al 2026-03-30)
      | caso                                                  | fecha      | cups | plan | nacimiento | marcaciones                 | sede | sedeMigrada | contingencia | resultado                | causales                              | poblacion   | migracion | sede migrada | edad | especialidad |
      | 10 años: el perfil manda sobre "menor de 10 años"     |            |      |      | 2015-06-01 |                             |      |             |              | ATENCION_ASESOR          | AG_EDAD_MENOR_11                      | NO_OBJETIVO | false     |              | 10   |              |
      | cumple 11 mañana                                      |            |      |      | 2015-03-31 |                             |      |             |              | ATENCION_ASESOR          | AG_EDAD_MENOR_11                      | NO_OBJETIVO | false     |              | 10   |              |
      | cumple 11 hoy                                         |            |      |      | 2015-03-30 |                             |      |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                               | OBJETIVO    | true      |              | 11   |              |
      | recién nacido                                         |            |      |      | 2026-03-30 |                             |      |             |              | ATENCION_ASESOR          | AG_EDAD_MENOR_11                      | NO_OBJETIVO | false     |              | 0    |              |
      | 54 años, cumple 55 mañana                             |            |      |      | 1971-03-31 |                             |      |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                               | OBJETIVO    | true      |              | 54   |              |
      | cumple 55 hoy: fuera del perfil sin ser adulto mayor  |            |      |      | 1971-03-30 |                             |      |             |              | ATENCION_ASESOR          | AG_EDAD_MAYOR_54                      | NO_OBJETIVO | false     |              | 55   |              |
      | 59 años                                               |            |      |      | 1966-03-31 |                             |      |             |              | ATENCION_ASESOR          | AG_EDAD_MAYOR_54                      | NO_OBJETIVO | false     |              | 59   |              |
      | cumple 60 hoy: adulto mayor (Ley 1251 de 2008)        |            |      |      | 1966-03-30 |                             |      |             |              | ATENCION_ASESOR          | AG_ADULTO_MAYOR                       | NO_OBJETIVO | false     |              | 60   |              |
      | 88 años                                               |            |      |      | 1937-12-01 |                             |      |             |              | ATENCION_ASESOR          | AG_ADULTO_MAYOR                       | NO_OBJETIVO | false     |              | 88   |              |
      | nacido un 29 de febrero, el 28 de febrero aún no cumple | 2019-02-28 |    |      | 2008-02-29 |                             |      | true        |              | ATENCION_ASESOR          | AG_EDAD_MENOR_11                      | NO_OBJETIVO | false     |              | 10   |              |
      | nacido un 29 de febrero, cumple el 1 de marzo         | 2019-03-01 |      |      | 2008-02-29 |                             |      | true        |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                               | OBJETIVO    | true      |              | 11   |              |
      | nacido un 29 de febrero, el 28 en año bisiesto        | 2024-02-28 |      |      | 2012-02-29 |                             |      | true        |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                               | OBJETIVO    | true      |              | 11   |              |
      | nacido un 29 de febrero, en año bisiesto cumple el 29 | 2024-02-29 |      |      | 2012-02-29 |                             |      | true        |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                               | OBJETIVO    | true      |              | 12   |              |
      | gestante (cohorte SMH)                                |            |      |      |            | ["GESTANTE"]                |      |             |              | ATENCION_ASESOR          | AG_MARCACION_RIESGO                   | NO_OBJETIVO | false     |              |      |              |
      | cuidados paliativos                                   |            |      |      |            | ["CUIDADOS_PALIATIVOS"]     |      |             |              | ATENCION_ASESOR          | AG_MARCACION_RIESGO                   | NO_OBJETIVO | false     |              |      |              |
      | una marcación desconocida también excluye             |            |      |      |            | ["COHORTE_NUEVA"]           |      |             |              | ATENCION_ASESOR          | AG_MARCACION_RIESGO                   | NO_OBJETIVO | false     |              |      |              |
      | dos marcaciones: una sola causal                      |            |      |      |            | ["VIH", "RENAL"]            |      |             |              | ATENCION_ASESOR          | AG_MARCACION_RIESGO                   | NO_OBJETIVO | false     |              |      |              |
      | sin marcaciones                                       |            |      |      |            | null                        |      |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                               | OBJETIVO    | true      |              |      |              |

    Ejemplos: operación: sede migrada (catálogo o variable del IVR) y contingencia; no cambian la población objetivo
      | caso                                                 | fecha      | cups | plan | nacimiento | marcaciones | sede              | sedeMigrada | contingencia | resultado                | causales                                             | poblacion   | migracion | sede migrada | edad | especialidad |
      | Kennedy, migrada                                     |            |      |      |            |             | USS_KENNEDY       |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                                              | OBJETIVO    | true      | true         |      |              |
      | Primero de Mayo, migrada                             |            |      |      |            |             | USS_PRIMERO_DE_MAYO |           |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                                              | OBJETIVO    | true      | true         |      |              |
      | el día de la migración                               | 2024-10-01 |      |      |            |             |                   |             |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                                              | OBJETIVO    | true      | true         | 34   |              |
      | el día antes de la migración                         | 2024-09-30 |      |      |            |             |                   |             |              | ATENCION_ASESOR          | AG_SEDE_NO_MIGRADA                                   | OBJETIVO    | false     | false        | 34   |              |
      | una sede que no está en el cronograma                |            |      |      |            |             | USS_USAQUEN       |             |              | ATENCION_ASESOR          | AG_SEDE_NO_MIGRADA                                   | OBJETIVO    | false     | false        |      |              |
      | la variable del IVR manda: sede no migrada           |            |      |      |            |             |                   | false       |              | ATENCION_ASESOR          | AG_SEDE_NO_MIGRADA                                   | OBJETIVO    | false     | false        |      |              |
      | la variable del IVR manda: sede migrada              |            |      |      |            |             | USS_USAQUEN       | true        |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                                              | OBJETIVO    | true      | true         |      |              |
      | contingencia de los canales digitales                |            |      |      |            |             |                   |             | true         | ATENCION_ASESOR          | AG_CONTINGENCIA_CANALES_DIGITALES                    | OBJETIVO    | false     | true         |      |              |
      | sede no migrada y contingencia                       |            |      |      |            |             |                   | false       | true         | ATENCION_ASESOR          | AG_SEDE_NO_MIGRADA, AG_CONTINGENCIA_CANALES_DIGITALES | OBJETIVO   | false     | false        |      |              |
      | todas las de alcance, población y operación a la vez |            | '890202' | RS | 1950-01-01 | ["TUBERCULOSIS"]        | USS_USAQUEN       |             | true         | ATENCION_ASESOR          | AG_CUPS_FUERA_DE_ALCANCE, AG_PLAN_NO_PBS, AG_ADULTO_MAYOR, AG_MARCACION_RIESGO, AG_SEDE_NO_MIGRADA, AG_CONTINGENCIA_CANALES_DIGITALES | NO_OBJETIVO | false | false | 76 | (ausente) |

  Esquema del escenario: IVR (paso 2): autogestión, Lina o asesor; los medios digitales no cuentan: <caso>
    Dado que el campo "canalEntrada" vale "IVR"
    Y que el campo "agenda.hayDisponibilidad" vale "<disponibilidad>"
    Y que el campo "agenda.aceptaCita" vale "<acepta>"
    Y que el campo "agenda.alternativasOfrecidas" vale "<alternativas>"
    Y que el campo "afiliado.plan" vale "<plan>"
    Y que el campo "afiliado.fechaNacimiento" vale "<nacimiento>"
    Y que el campo "sedeMigrada" vale "<sedeMigrada>"
    Y que el campo "contingenciaCanalesDigitales" vale "<contingencia>"
    Y que el campo "mediosDigitales.smartphoneConDatos" vale "<smartphone>"
    Y que el campo "condicionPreferencial" vale "<preferencial>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y el campo "canalAsignado" de la respuesta vale "<canal>"

    Ejemplos:
      | caso                                                  | disponibilidad | acepta | alternativas | plan | nacimiento | sedeMigrada | contingencia | smartphone | preferencial | resultado                | causales                                | acciones                               | canal           |
      | objetivo que acepta la cita                           | true           | true   |              |      |            |             |              |            |              | AUTOGESTION_IVR          | ninguna                                 | PROGRAMAR_CITA_IVR                     | IVR_AUTOGESTION |
      | no objetivo que acepta la cita                        | true           | true   |              | RS   |            |             |              |            |              | AUTOGESTION_IVR          | AG_PLAN_NO_PBS                          | PROGRAMAR_CITA_IVR                     | IVR_AUTOGESTION |
      | sede no migrada que acepta la cita                    | true           | true   |              |      |            | false       |              |            |              | AUTOGESTION_IVR          | AG_SEDE_NO_MIGRADA                      | PROGRAMAR_CITA_IVR                     | IVR_AUTOGESTION |
      | objetivo sin disponibilidad: audio y SMS a Lina       | false          |        |              |      |            |             |              |            |              | REDIRIGIDA_CANAL_DIGITAL | AG_SIN_DISPONIBILIDAD                   | REPRODUCIR_AUDIO_LINA, ENVIAR_SMS_LINA | LINA_WHATSAPP   |
      | objetivo que no acepta la cita también va a Lina      | true           | false  |              |      |            |             |              |            |              | REDIRIGIDA_CANAL_DIGITAL | AG_CITA_NO_ACEPTADA                     | REPRODUCIR_AUDIO_LINA, ENVIAR_SMS_LINA | LINA_WHATSAPP   |
      | objetivo sin respuesta a la cita ofrecida             | true           | null   |              |      |            |             |              |            |              | REDIRIGIDA_CANAL_DIGITAL | AG_CITA_NO_ACEPTADA                     | REPRODUCIR_AUDIO_LINA, ENVIAR_SMS_LINA | LINA_WHATSAPP   |
      | sin disponibilidad con alternativas: el IVR no radica | false          |        | true         |      |            |             |              |            |              | REDIRIGIDA_CANAL_DIGITAL | AG_SIN_DISPONIBILIDAD                   | REPRODUCIR_AUDIO_LINA, ENVIAR_SMS_LINA | LINA_WHATSAPP   |
      | sin smartphone: en el IVR no cuenta                   | false          |        |              |      |            |             |              | false      |              | REDIRIGIDA_CANAL_DIGITAL | AG_SIN_DISPONIBILIDAD                   | REPRODUCIR_AUDIO_LINA, ENVIAR_SMS_LINA | LINA_WHATSAPP   |
      | condición preferencial: solo cuenta en la sede        | true           | false  |              |      |            |             |              |            | true         | REDIRIGIDA_CANAL_DIGITAL | AG_CITA_NO_ACEPTADA                     | REPRODUCIR_AUDIO_LINA, ENVIAR_SMS_LINA | LINA_WHATSAPP   |
      | no objetivo que no acepta pasa al asesor              | true           | false  |              |      | 1960-02-01 |             |              |            |              | ATENCION_ASESOR          | AG_ADULTO_MAYOR, AG_CITA_NO_ACEPTADA    | TRANSFERIR_ASESOR_CITAS                | ASESOR          |
      | no objetivo sin disponibilidad pasa al asesor         | false          |        |              | OTRO |            |             |              |            |              | ATENCION_ASESOR          | AG_PLAN_NO_PBS, AG_SIN_DISPONIBILIDAD   | TRANSFERIR_ASESOR_CITAS                | ASESOR          |
      | objetivo de sede no migrada pasa al asesor            | false          |        |              |      |            | false       |              |            |              | ATENCION_ASESOR          | AG_SEDE_NO_MIGRADA, AG_SIN_DISPONIBILIDAD | TRANSFERIR_ASESOR_CITAS              | ASESOR          |
      | objetivo en contingencia pasa al asesor               | true           | false  |              |      |            |             | true         |            |              | ATENCION_ASESOR          | AG_CONTINGENCIA_CANALES_DIGITALES, AG_CITA_NO_ACEPTADA | TRANSFERIR_ASESOR_CITAS | ASESOR     |

  Esquema del escenario: asesor telefónico y sede (pasos 3 y 4): canal digital por los medios del afiliado, o el canal que atiende: <caso>
    Dado que el campo "canalEntrada" vale "<entrada>"
    Y que el campo "afiliado.fechaNacimiento" vale "<nacimiento>"
    Y que el campo "condicionPreferencial" vale "<preferencial>"
    Y que el campo "mediosDigitales.smartphoneConDatos" vale "<smartphone>"
    Y que el campo "mediosDigitales.rechazaWhatsapp" vale "<rechaza WA>"
    Y que el campo "mediosDigitales.rechazaApp" vale "<rechaza APP>"
    Y que el campo "mediosDigitales.computadorODispositivoFamiliar" vale "<computador>"
    Y que el campo "insisteCanalTelefonico" vale "<insiste>"
    Y que el campo "requiereAcompanamiento" vale "<acompañamiento>"
    Y que el campo "agenda.hayDisponibilidad" vale "<disponibilidad>"
    Y que el campo "agenda.alternativasOfrecidas" vale "<alternativas>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y el campo "canalAsignado" de la respuesta vale "<canal>"

    Ejemplos: el asesor redirige por el guion: Lina, luego la APP, Transacciones Salud o la web
      | caso                                                       | entrada           | nacimiento | preferencial | smartphone | rechaza WA | rechaza APP | computador | insiste | acompañamiento | disponibilidad | alternativas | resultado                | causales              | acciones                                                                          | canal               |
      | smartphone con datos: Lina                                 | ASESOR_TELEFONICO |            |              | true       |            |             |            |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna               | INVITAR_LINA_WHATSAPP                                                             | LINA_WHATSAPP       |
      | smartphone y computador: Lina primero                      | ASESOR_TELEFONICO |            |              | true       |            |             | true       |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna               | INVITAR_LINA_WHATSAPP                                                             | LINA_WHATSAPP       |
      | rechaza WhatsApp: la APP                                   | ASESOR_TELEFONICO |            |              |            | true       |             |            |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna               | ASESORAR_APP                                                                      | APP                 |
      | rechaza la APP pero no WhatsApp: Lina                      | ASESOR_TELEFONICO |            |              |            |            | true        |            |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna               | INVITAR_LINA_WHATSAPP                                                             | LINA_WHATSAPP       |
      | no desea la APP ni WhatsApp: Transacciones Salud           | ASESOR_TELEFONICO |            |              |            | true       | true        |            |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna               | ASESORAR_TRANSACCIONES_SALUD                                                      | TRANSACCIONES_SALUD |
      | sin smartphone, con computador de un familiar: la web      | ASESOR_TELEFONICO |            |              | false      |            |             | true       |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna               | ASESORAR_CREACION_CUENTA_WEB                                                      | WEB                 |
      | sin smartphone y rechaza todo: la web                      | ASESOR_TELEFONICO |            |              | false      | true       | true        | true       |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna               | ASESORAR_CREACION_CUENTA_WEB                                                      | WEB                 |
      | insiste en agendar por teléfono: ratificar y PQRS          | ASESOR_TELEFONICO |            |              |            |            |             |            | true    |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna               | INVITAR_LINA_WHATSAPP, RATIFICAR_NO_DISPONIBILIDAD_TELEFONICA, INFORMAR_OPCION_PQRS | LINA_WHATSAPP     |
      | insiste y pidió acompañamiento: no se transfiere a soporte | ASESOR_TELEFONICO |            |              |            |            |             |            | true    | true           |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna               | INVITAR_LINA_WHATSAPP, RATIFICAR_NO_DISPONIBILIDAD_TELEFONICA, INFORMAR_OPCION_PQRS | LINA_WHATSAPP     |
      | pide acompañamiento paso a paso: soporte de transacciones  | ASESOR_TELEFONICO |            |              |            | true       |             |            |         | true           |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna               | ASESORAR_APP, TRANSFERIR_SOPORTE_TRANSACCIONES_EN_LINEA                           | APP                 |
      | sin disponibilidad: la redirección va antes que el paso 4  | ASESOR_TELEFONICO |            |              |            |            |             |            |         |                | false          |              | REDIRIGIDA_CANAL_DIGITAL | AG_SIN_DISPONIBILIDAD | INVITAR_LINA_WHATSAPP                                                             | LINA_WHATSAPP       |

    Ejemplos: en la sede el anfitrión no deja tomar turno general y dirige al embajador digital
      | caso                                                 | entrada    | nacimiento | preferencial | smartphone | rechaza WA | rechaza APP | computador | insiste | acompañamiento | disponibilidad | alternativas | resultado                | causales                  | acciones                                                 | canal               |
      | smartphone con datos: embajador y Lina               | PRESENCIAL |            |              |            |            |             |            |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                   | DIRIGIR_EMBAJADOR_DIGITAL, INVITAR_LINA_WHATSAPP         | LINA_WHATSAPP       |
      | rechaza WhatsApp: embajador y APP                    | PRESENCIAL |            |              |            | true       |             |            |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                   | DIRIGIR_EMBAJADOR_DIGITAL, ASESORAR_APP                  | APP                 |
      | no desea APP ni WhatsApp: Transacciones Salud        | PRESENCIAL |            |              |            | true       | true        |            |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                   | DIRIGIR_EMBAJADOR_DIGITAL, ASESORAR_TRANSACCIONES_SALUD  | TRANSACCIONES_SALUD |
      | sin smartphone, con computador: la web               | PRESENCIAL |            |              | false      |            |             | true       |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                   | DIRIGIR_EMBAJADOR_DIGITAL, ASESORAR_CREACION_CUENTA_WEB  | WEB                 |
      | insistir y acompañamiento solo cuentan con el asesor | PRESENCIAL |            |              |            |            |             |            | true    | true           |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                   | DIRIGIR_EMBAJADOR_DIGITAL, INVITAR_LINA_WHATSAPP         | LINA_WHATSAPP       |

    Ejemplos: paso 4: sin medios digitales, con condición preferencial o sin ser de migración digital, atiende el canal tradicional
      | caso                                                    | entrada           | nacimiento | preferencial | smartphone | rechaza WA | rechaza APP | computador | insiste | acompañamiento | disponibilidad | alternativas | resultado         | causales                                    | acciones                                     | canal    |
      | asesor: sin smartphone ni computador                    | ASESOR_TELEFONICO |            |              | false      |            |             |            |         |                |                |              | ATENCION_ASESOR   | AG_SIN_ACCESO_DIGITAL                       | AGENDAR_CON_ASESOR                           | ASESOR   |
      | asesor: sin medios aunque insista                       | ASESOR_TELEFONICO |            |              | false      |            |             | false      | true    |                | true           |              | ATENCION_ASESOR   | AG_SIN_ACCESO_DIGITAL                       | AGENDAR_CON_ASESOR                           | ASESOR   |
      | asesor: no objetivo                                     | ASESOR_TELEFONICO | 2018-01-15 |              |            |            |             |            |         |                |                |              | ATENCION_ASESOR   | AG_EDAD_MENOR_11                            | AGENDAR_CON_ASESOR                           | ASESOR   |
      | asesor: condición preferencial no cuenta por teléfono   | ASESOR_TELEFONICO |            | true         |            |            |             |            |         |                |                |              | REDIRIGIDA_CANAL_DIGITAL | ninguna                              | INVITAR_LINA_WHATSAPP                        | LINA_WHATSAPP |
      | asesor: no objetivo sin disponibilidad                  | ASESOR_TELEFONICO | 1962-07-01 |              |            |            |             |            |         |                | false          |              | SIN_DISPONIBILIDAD | AG_ADULTO_MAYOR, AG_SIN_DISPONIBILIDAD     | OFRECER_CAMBIO_FRANJA_O_MEDICO               | ASESOR   |
      | asesor: sin medios ni disponibilidad                    | ASESOR_TELEFONICO |            |              | false      |            |             |            |         |                | false          |              | SIN_DISPONIBILIDAD | AG_SIN_ACCESO_DIGITAL, AG_SIN_DISPONIBILIDAD | OFRECER_CAMBIO_FRANJA_O_MEDICO              | ASESOR   |
      | asesor: sin disponibilidad tras las alternativas        | ASESOR_TELEFONICO | 1962-07-01 |              |            |            |             |            |         |                | false          | true         | RADICAR_CASO_RISS | AG_ADULTO_MAYOR, AG_SIN_DISPONIBILIDAD      | RADICAR_CASO_RISS, RESPONDER_CASO_RISS       | ASESOR   |
      | asesor: con disponibilidad agenda                       | ASESOR_TELEFONICO | 1962-07-01 |              |            |            |             |            |         |                | true           |              | ATENCION_ASESOR   | AG_ADULTO_MAYOR                             | AGENDAR_CON_ASESOR                           | ASESOR   |
      | sede: condición preferencial, turno preferencial        | PRESENCIAL        |            | true         |            |            |             |            |         |                |                |              | ATENCION_TAQUILLA | AG_CONDICION_PREFERENCIAL                   | ASIGNAR_TURNO_PREFERENCIAL                   | TAQUILLA |
      | sede: sin smartphone ni computador, turno general       | PRESENCIAL        |            |              | false      |            |             |            |         |                |                |              | ATENCION_TAQUILLA | AG_SIN_ACCESO_DIGITAL                       | ASIGNAR_TURNO_GENERAL                        | TAQUILLA |
      | sede: no objetivo, turno general                        | PRESENCIAL        | 1950-05-05 |              |            |            |             |            |         |                |                |              | ATENCION_TAQUILLA | AG_ADULTO_MAYOR                             | ASIGNAR_TURNO_GENERAL                        | TAQUILLA |
      | sede: no objetivo con condición preferencial            | PRESENCIAL        | 1950-05-05 | true         |            |            |             |            |         |                |                |              | ATENCION_TAQUILLA | AG_ADULTO_MAYOR, AG_CONDICION_PREFERENCIAL  | ASIGNAR_TURNO_PREFERENCIAL                   | TAQUILLA |
      | sede: preferencial sin disponibilidad                   | PRESENCIAL        |            | true         |            |            |             |            |         |                | false          |              | SIN_DISPONIBILIDAD | AG_CONDICION_PREFERENCIAL, AG_SIN_DISPONIBILIDAD | OFRECER_CAMBIO_FRANJA_O_MEDICO         | TAQUILLA |
      | sede: preferencial sin disponibilidad tras alternativas | PRESENCIAL        |            | true         |            |            |             |            |         |                | false          | true         | RADICAR_CASO_RISS | AG_CONDICION_PREFERENCIAL, AG_SIN_DISPONIBILIDAD | RADICAR_CASO_RISS, RESPONDER_CASO_RISS | TAQUILLA |

  Esquema del escenario: canal digital (paso 4): el afiliado autogestiona; sin agenda, alternativas y luego caso RISS: <caso>
    Dado que el campo "canalEntrada" vale "<entrada>"
    Y que el campo "afiliado.plan" vale "<plan>"
    Y que el campo "mediosDigitales.smartphoneConDatos" vale "<smartphone>"
    Y que el campo "agenda.hayDisponibilidad" vale "<disponibilidad>"
    Y que el campo "agenda.alternativasOfrecidas" vale "<alternativas>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y el campo "canalAsignado" de la respuesta vale "<canal>"
    Y el campo "fechaRespuestaRiss" de la respuesta vale "<respuesta RISS>"

    Ejemplos:
      | caso                                        | entrada             | plan | smartphone | disponibilidad | alternativas | resultado           | causales                             | acciones                               | canal               | respuesta RISS |
      | Lina WhatsApp                               | LINA_WHATSAPP       |      |            |                |              | AUTOGESTION_DIGITAL | ninguna                              | ninguna                                | LINA_WHATSAPP       | (ausente)      |
      | la APP                                      | APP                 |      |            | true           |              | AUTOGESTION_DIGITAL | ninguna                              | ninguna                                | APP                 | (ausente)      |
      | la página web                               | WEB                 |      |            |                |              | AUTOGESTION_DIGITAL | ninguna                              | ninguna                                | WEB                 | (ausente)      |
      | Transacciones Salud                         | TRANSACCIONES_SALUD |      |            |                |              | AUTOGESTION_DIGITAL | ninguna                              | ninguna                                | TRANSACCIONES_SALUD | (ausente)      |
      | no objetivo también autogestiona            | WEB                 | RS   |            |                |              | AUTOGESTION_DIGITAL | AG_PLAN_NO_PBS                       | ninguna                                | WEB                 | (ausente)      |
      | los medios digitales no cuentan             | LINA_WHATSAPP       |      | false      |                |              | AUTOGESTION_DIGITAL | ninguna                              | ninguna                                | LINA_WHATSAPP       | (ausente)      |
      | Lina sin disponibilidad: otra franja        | LINA_WHATSAPP       |      |            | false          |              | SIN_DISPONIBILIDAD  | AG_SIN_DISPONIBILIDAD                | OFRECER_CAMBIO_FRANJA_O_MEDICO         | LINA_WHATSAPP       | (ausente)      |
      | Lina sin disponibilidad tras alternativas   | LINA_WHATSAPP       |      |            | false          | true         | RADICAR_CASO_RISS   | AG_SIN_DISPONIBILIDAD                | RADICAR_CASO_RISS, RESPONDER_CASO_RISS | LINA_WHATSAPP       | 2026-04-08     |
      | la APP sin disponibilidad tras alternativas | APP                 | OTRO |            | false          | true         | RADICAR_CASO_RISS   | AG_PLAN_NO_PBS, AG_SIN_DISPONIBILIDAD | RADICAR_CASO_RISS, RESPONDER_CASO_RISS | APP                | 2026-04-08     |
      | Transacciones Salud sin disponibilidad      | TRANSACCIONES_SALUD |      |            | false          | false        | SIN_DISPONIBILIDAD  | AG_SIN_DISPONIBILIDAD                | OFRECER_CAMBIO_FRANJA_O_MEDICO         | TRANSACCIONES_SALUD | (ausente)      |

  Esquema del escenario: caso RISS abierto de la misma especialidad (paso 1, en todo canal): <caso>
    Dado que el campo "canalEntrada" vale "<entrada>"
    Y que el campo "cups" vale "<cups>"
    Y que el campo "agenda.hayDisponibilidad" vale "<disponibilidad>"
    Y que el campo "agenda.aceptaCita" vale "<acepta>"
    Y que el campo "fechaSolicitud" vale "<fecha>"
    Y que el campo "casosRissAbiertos" vale '<casos>'
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y el campo "canalAsignado" de la respuesta vale "<canal>"
    Y el campo "radicadoAbierto" de la respuesta vale "<radicado>"
    Y el campo "fechaRespuestaRiss" de la respuesta vale "<respuesta RISS>"
    Y la acción "ESPERAR_RESPUESTA_CASO_RISS" vence el "<esperar>"
    Y la acción "ESCALAR_CASO_RISS_VENCIDO" vence el "<escalar>"

    Ejemplos:
      | caso                                                       | entrada           | cups       | disponibilidad | acepta | fecha      | casos                                                                                                                                    | resultado                | causales                                     | acciones                                                | canal         | radicado  | respuesta RISS | esperar    | escalar    |
      | asesor, caso de medicina general abierto                   | ASESOR_TELEFONICO |            |                |        | 2026-03-30 | [{"radicado": "R-1", "cups": "890301", "fechaRadicacion": "2026-03-26"}]                                                                 | BLOQUEADA_CASO_ABIERTO   | AG_CASO_RISS_ABIERTO                         | ESPERAR_RESPUESTA_CASO_RISS                             | (ausente)     | R-1       | 2026-04-06     | 2026-04-06 |            |
      | el bloqueo manda sobre la autogestión en el IVR            | IVR               |            | true           | true   | 2026-03-30 | [{"radicado": "R-1", "cups": "89020110", "fechaRadicacion": "2026-03-26"}]                                                               | BLOQUEADA_CASO_ABIERTO   | AG_CASO_RISS_ABIERTO                         | ESPERAR_RESPUESTA_CASO_RISS                             | (ausente)     | R-1       | 2026-04-06     | 2026-04-06 |            |
      | en la sede, pediatría con caso de pediatría                | PRESENCIAL        | '890383'   |                |        | 2026-03-30 | [{"radicado": "R-7", "cups": "89020271", "fechaRadicacion": "2026-03-26"}]                                                               | BLOQUEADA_CASO_ABIERTO   | AG_CASO_RISS_ABIERTO                         | ESPERAR_RESPUESTA_CASO_RISS                             | (ausente)     | R-7       | 2026-04-06     | 2026-04-06 |            |
      | en Lina, sin disponibilidad y con caso abierto             | LINA_WHATSAPP     |            | false          |        | 2026-03-30 | [{"radicado": "R-1", "cups": "890201", "fechaRadicacion": "2026-03-30"}]                                                                 | BLOQUEADA_CASO_ABIERTO   | AG_SIN_DISPONIBILIDAD, AG_CASO_RISS_ABIERTO  | ESPERAR_RESPUESTA_CASO_RISS                             | (ausente)     | R-1       | 2026-04-08     | 2026-04-08 |            |
      | el día de la fecha límite la respuesta aún no venció       | ASESOR_TELEFONICO |            |                |        | 2026-04-06 | [{"radicado": "R-1", "cups": "890301", "fechaRadicacion": "2026-03-26"}]                                                                 | BLOQUEADA_CASO_ABIERTO   | AG_CASO_RISS_ABIERTO                         | ESPERAR_RESPUESTA_CASO_RISS                             | (ausente)     | R-1       | 2026-04-06     | 2026-04-06 |            |
      | un día después venció: se escala en 3 días hábiles         | ASESOR_TELEFONICO |            |                |        | 2026-04-07 | [{"radicado": "R-1", "cups": "890301", "fechaRadicacion": "2026-03-26"}]                                                                 | BLOQUEADA_CASO_ABIERTO   | AG_CASO_RISS_ABIERTO                         | ESPERAR_RESPUESTA_CASO_RISS, ESCALAR_CASO_RISS_VENCIDO  | (ausente)     | R-1       | 2026-04-06     | 2026-04-06 | 2026-04-10 |
      | manda el radicado primero                                  | ASESOR_TELEFONICO |            |                |        | 2026-03-30 | [{"radicado": "R-2", "cups": "890201", "fechaRadicacion": "2026-03-25"}, {"radicado": "R-1", "cups": "890301", "fechaRadicacion": "2026-03-13"}] | BLOQUEADA_CASO_ABIERTO | AG_CASO_RISS_ABIERTO                 | ESPERAR_RESPUESTA_CASO_RISS, ESCALAR_CASO_RISS_VENCIDO  | (ausente)     | R-1       | 2026-03-20     | 2026-03-20 | 2026-04-06 |
      | a igual fecha, el primero de la lista                      | ASESOR_TELEFONICO |            |                |        | 2026-03-30 | [{"radicado": "R-2", "cups": "890201", "fechaRadicacion": "2026-03-25"}, {"radicado": "R-1", "cups": "890301", "fechaRadicacion": "2026-03-25"}] | BLOQUEADA_CASO_ABIERTO | AG_CASO_RISS_ABIERTO                 | ESPERAR_RESPUESTA_CASO_RISS                             | (ausente)     | R-2       | 2026-04-01     | 2026-04-01 |            |
      | el de otra especialidad no cuenta aunque sea anterior      | ASESOR_TELEFONICO |            |                |        | 2026-03-30 | [{"radicado": "R-9", "cups": "890283", "fechaRadicacion": "2026-01-05"}, {"radicado": "R-1", "cups": "890301", "fechaRadicacion": "2026-03-26"}] | BLOQUEADA_CASO_ABIERTO | AG_CASO_RISS_ABIERTO                 | ESPERAR_RESPUESTA_CASO_RISS                             | (ausente)     | R-1       | 2026-04-06     | 2026-04-06 |            |
      | un caso de otra especialidad no bloquea                    | ASESOR_TELEFONICO |            |                |        | 2026-03-30 | [{"radicado": "R-9", "cups": "890283", "fechaRadicacion": "2026-03-26"}]                                                                 | REDIRIGIDA_CANAL_DIGITAL | ninguna                                      | INVITAR_LINA_WHATSAPP                                   | LINA_WHATSAPP | (ausente) | (ausente)      |            |            |
      | un caso de un CUPS fuera del alcance no bloquea            | ASESOR_TELEFONICO |            |                |        | 2026-03-30 | [{"radicado": "R-9", "cups": "890202", "fechaRadicacion": "2026-03-26"}]                                                                 | REDIRIGIDA_CANAL_DIGITAL | ninguna                                      | INVITAR_LINA_WHATSAPP                                   | LINA_WHATSAPP | (ausente) | (ausente)      |            |            |
      | un CUPS fuera del alcance no tiene especialidad que bloquear | ASESOR_TELEFONICO | '890202' |                |        | 2026-03-30 | [{"radicado": "R-9", "cups": "890202", "fechaRadicacion": "2026-03-26"}]                                                                 | ATENCION_ASESOR          | AG_CUPS_FUERA_DE_ALCANCE                     | AGENDAR_CON_ASESOR                                      | ASESOR        | (ausente) | (ausente)      |            |            |

  Esquema del escenario: plazos en días hábiles colombianos (Semana Santa, lunes festivos, Ley 2578 de 2026, fin de año): <caso>
    Dado que el campo "canalEntrada" vale "LINA_WHATSAPP"
    Y que el campo "fechaSolicitud" vale "<fecha>"
    Y que el campo "agenda.hayDisponibilidad" vale "false"
    Y que el campo "agenda.alternativasOfrecidas" vale "true"
    Y que el campo "incidente" vale '{"tipo": "ERROR_TECNOLOGICO", "canal": "LINA_WHATSAPP", "descripcion": "El menú de citas no responde", "autorizaUsoDatos": true}'
    Cuando pido la decisión
    Entonces el resultado es "RADICAR_CASO_RISS"
    Y las acciones son "RADICAR_CASO_RISS, RESPONDER_CASO_RISS, ESCALAR_INCIDENTE_EQUIPO_DIGITAL"
    Y la acción "RESPONDER_CASO_RISS" vence el "<5 hábiles>"
    Y el campo "fechaRespuestaRiss" de la respuesta vale "<5 hábiles>"
    Y la acción "ESCALAR_INCIDENTE_EQUIPO_DIGITAL" vence el "<3 hábiles>"

    Ejemplos:
      | caso                                                            | fecha      | 5 hábiles  | 3 hábiles  |
      | lunes 30 de marzo: Jueves y Viernes Santo no corren             | 2026-03-30 | 2026-04-08 | 2026-04-06 |
      | miércoles 1 de abril, víspera de Jueves Santo                   | 2026-04-01 | 2026-04-10 | 2026-04-08 |
      | Jueves Santo (Lina atiende en festivo)                          | 2026-04-02 | 2026-04-10 | 2026-04-08 |
      | viernes 20 de marzo: lunes 23, San José trasladado              | 2026-03-20 | 2026-03-30 | 2026-03-26 |
      | viernes 15 de mayo: lunes 18, Ascensión trasladada              | 2026-05-15 | 2026-05-25 | 2026-05-21 |
      | viernes 5 de junio: lunes 8 y 15, Corpus y Sagrado Corazón      | 2026-06-05 | 2026-06-16 | 2026-06-11 |
      | miércoles 8 de julio: lunes 13, Chiquinquirá (Ley 2578 de 2026) | 2026-07-08 | 2026-07-16 | 2026-07-14 |
      | viernes 14 de agosto: lunes 17, Asunción trasladada             | 2026-08-14 | 2026-08-24 | 2026-08-20 |
      | viernes 30 de octubre: lunes 2 de noviembre, Todos los Santos   | 2026-10-30 | 2026-11-09 | 2026-11-05 |
      | sábado 7 de marzo: el fin de semana no corre                    | 2026-03-07 | 2026-03-13 | 2026-03-11 |
      | jueves 24 de diciembre: Navidad y Año Nuevo                     | 2026-12-24 | 2027-01-04 | 2026-12-30 |
      | miércoles 30 de diciembre: Año Nuevo y fin de semana            | 2026-12-30 | 2027-01-07 | 2027-01-05 |
      | martes 5 de enero de 2027: lunes 11, Reyes trasladado           | 2027-01-05 | 2027-01-13 | 2027-01-08 |

  Esquema del escenario: incidente de los canales digitales: no cambia el resultado; solo el error tecnológico autorizado se escala: <caso>
    Dado que el campo "incidente" vale '<incidente>'
    Cuando pido la decisión
    Entonces el resultado es "REDIRIGIDA_CANAL_DIGITAL"
    Y las causales son "<causales>"
    Y las acciones son "<acciones>"
    Y la acción "ESCALAR_INCIDENTE_EQUIPO_DIGITAL" vence el "<vence>"

    Ejemplos:
      | caso                                          | incidente                                                                                                   | causales                            | acciones                                                | vence      |
      | error tecnológico con autorización            | {"tipo": "ERROR_TECNOLOGICO", "canal": "WEB", "descripcion": "Servicio no disponible", "autorizaUsoDatos": true} | ninguna                        | INVITAR_LINA_WHATSAPP, ESCALAR_INCIDENTE_EQUIPO_DIGITAL | 2026-04-06 |
      | error tecnológico sin autorización            | {"tipo": "ERROR_TECNOLOGICO", "canal": "APP", "descripcion": "Servicio no disponible", "autorizaUsoDatos": false} | AG_INCIDENTE_SIN_AUTORIZACION_DATOS | INVITAR_LINA_WHATSAPP                           |            |
      | error tecnológico sin decir si autoriza       | {"tipo": "ERROR_TECNOLOGICO", "canal": "TRANSACCIONES_SALUD", "descripcion": "Error 500"}                  | AG_INCIDENTE_SIN_AUTORIZACION_DATOS | INVITAR_LINA_WHATSAPP                               |            |
      | no disponibilidad de citas no se escala       | {"tipo": "NO_DISPONIBILIDAD_CITAS", "canal": "LINA_WHATSAPP", "descripcion": "Sin agenda", "autorizaUsoDatos": true} | AG_INCIDENTE_NO_ESCALABLE  | INVITAR_LINA_WHATSAPP                                   |            |
      | médico incapacitado no se escala              | {"tipo": "MEDICO_INCAPACITADO", "canal": "APP", "descripcion": "Cita cancelada", "autorizaUsoDatos": true}  | AG_INCIDENTE_NO_ESCALABLE           | INVITAR_LINA_WHATSAPP                                   |            |
      | fin de contrato del médico no se escala       | {"tipo": "FIN_CONTRATO_MEDICO", "canal": "WEB", "descripcion": "Médico retirado"}                           | AG_INCIDENTE_NO_ESCALABLE           | INVITAR_LINA_WHATSAPP                                   |            |

  Escenario: un incidente escalado en una solicitud bloqueada lleva las dos acciones con plazo
    Dado que el campo "casosRissAbiertos" vale '[{"radicado": "RISS-2026-004417", "cups": "890201", "fechaRadicacion": "2026-03-30"}]'
    Y que el campo "incidente" vale '{"tipo": "ERROR_TECNOLOGICO", "canal": "LINA_WHATSAPP", "descripcion": "No muestra agenda", "autorizaUsoDatos": true}'
    Cuando pido la decisión
    Entonces el resultado es "BLOQUEADA_CASO_ABIERTO"
    Y las acciones son "ESPERAR_RESPUESTA_CASO_RISS, ESCALAR_INCIDENTE_EQUIPO_DIGITAL"
    Y la acción "ESPERAR_RESPUESTA_CASO_RISS" vence el "2026-04-08"
    Y la acción "ESCALAR_INCIDENTE_EQUIPO_DIGITAL" vence el "2026-04-06"
    Y el campo "radicadoAbierto" de la respuesta vale "RISS-2026-004417"
    Y las reglas aplicadas incluyen "Un caso RISS abierto de la misma especialidad bloquea la solicitud en cualquier canal"
    Y las reglas aplicadas incluyen "Con un caso RISS abierto se espera su respuesta 5 días hábiles desde su radicación"

  Escenario: la causal lleva la descripción y el tipo del catálogo
    Dado que el campo "afiliado.fechaNacimiento" vale "1960-01-01"
    Cuando pido la decisión
    Entonces el campo "causales[0].codigo" de la respuesta vale "AG_ADULTO_MAYOR"
    Y el campo "causales[0].tipo" de la respuesta vale "POBLACION"
    Y el campo "causales[0].descripcion" de la respuesta vale "El afiliado es adulto mayor: 60 años o más (Ley 1251 de 2008, art. 3)"
    Y las reglas aplicadas incluyen "Un afiliado de 60 años o más es adulto mayor y está fuera de la migración"
    Y las reglas aplicadas incluyen "El asesor de la línea de citas agenda la cita que no se redirige"

  Esquema del escenario: null en un campo no obligatorio es no enviarlo: <campo>
    Dado que el campo "<campo>" vale "<valor>"
    Cuando pido la decisión
    Entonces el resultado es "REDIRIGIDA_CANAL_DIGITAL"
    Y las acciones son "INVITAR_LINA_WHATSAPP"
    Y el campo "canalAsignado" de la respuesta vale "LINA_WHATSAPP"

    Ejemplos:
      | campo                                 | valor     |
      | mediosDigitales                       | null      |
      | mediosDigitales                       | (ausente) |
      | mediosDigitales.smartphoneConDatos    | null      |
      | agenda                                | null      |
      | casosRissAbiertos                     | null      |
      | incidente                             | (ausente) |
      | sedeMigrada                           | (ausente) |
      | contingenciaCanalesDigitales          | null      |
      | condicionPreferencial                 | null      |
      | requiereAcompanamiento                | null      |
      | insisteCanalTelefonico                | (ausente) |
      | afiliado.marcacionesRiesgo            | (ausente) |

  Esquema del escenario: entrada inválida: 400 que nombra el campo: <caso>
    Dado que el campo "canalEntrada" vale "<entrada>"
    Y que el campo "<campo>" vale '<valor>'
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "<error>"

    Ejemplos: campos de la solicitud
      | caso                                        | entrada | campo                     | valor                                 | error                     |
      | sin idSolicitud                             |         | idSolicitud               | (ausente)                             | idSolicitud               |
      | idSolicitud vacío                           |         | idSolicitud               | (vacío)                               | idSolicitud               |
      | idSolicitud en blanco                       |         | idSolicitud               | "   "                                 | idSolicitud               |
      | idSolicitud de 101 caracteres               |         | idSolicitud               | "AG-01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678912345678" | idSolicitud |
      | sedeCapita de 101 caracteres                |         | afiliado.sedeCapita       | "USS-SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS" | afiliado.sedeCapita |
      | radicado RISS de 101 caracteres             |         | casosRissAbiertos         | [{"radicado": "RISS-000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "cups": "890201", "fechaRadicacion": "2026-03-30"}] | casosRissAbiertos[0].radicado |
      | idSolicitud numérico                        |         | idSolicitud               | 123                                   | idSolicitud               |
      | sin fechaSolicitud                          |         | fechaSolicitud            | (ausente)                             | fechaSolicitud            |
      | fechaSolicitud que no existe                |         | fechaSolicitud            | 2026-02-30                            | fechaSolicitud            |
      | fechaSolicitud en otro formato              |         | fechaSolicitud            | 30/03/2026                            | fechaSolicitud            |
      | fechaSolicitud del año 3000                 |         | fechaSolicitud            | 3000-01-01                            | fechaSolicitud            |
      | fechaSolicitud de 1899                      |         | fechaSolicitud            | 1899-12-31                            | fechaSolicitud            |
      | sin canalEntrada                            |         | canalEntrada              | (ausente)                             | canalEntrada              |
      | canalEntrada desconocido                    |         | canalEntrada              | FAX                                   | canalEntrada              |
      | canalEntrada en minúsculas                  |         | canalEntrada              | ivr                                   | canalEntrada              |
      | sin cups                                    |         | cups                      | (ausente)                             | cups                      |
      | cups de 5 dígitos                           |         | cups                      | "89020"                               | cups                      |
      | cups de 9 dígitos                           |         | cups                      | "890201100"                           | cups                      |
      | cups con una letra                          |         | cups                      | "89O201"                              | cups                      |
      | cups como número                            |         | cups                      | 890201                                | cups                      |
      | sin afiliado                                |         | afiliado                  | (ausente)                             | afiliado                  |
      | afiliado que no es objeto                   |         | afiliado                  | "PBS"                                 | afiliado                  |
      | sin plan                                    |         | afiliado.plan             | (ausente)                             | afiliado.plan             |
      | plan desconocido                            |         | afiliado.plan             | EPS                                   | afiliado.plan             |
      | sin fecha de nacimiento                     |         | afiliado.fechaNacimiento  | (ausente)                             | afiliado.fechaNacimiento  |
      | nacido después de la solicitud              |         | afiliado.fechaNacimiento  | 2026-03-31                            | afiliado.fechaNacimiento  |
      | nacido en 1800                              |         | afiliado.fechaNacimiento  | 1800-01-01                            | afiliado.fechaNacimiento  |
      | sin sede de cápita                          |         | afiliado.sedeCapita       | (ausente)                             | afiliado.sedeCapita       |
      | sede de cápita en blanco                    |         | afiliado.sedeCapita       | " "                                   | afiliado.sedeCapita       |
      | marcación en blanco                         |         | afiliado.marcacionesRiesgo | ["VIH", ""]                          | afiliado.marcacionesRiesgo[1] |
      | marcación nula                              |         | afiliado.marcacionesRiesgo | [null]                               | afiliado.marcacionesRiesgo[0] |
      | marcaciones que no son lista                |         | afiliado.marcacionesRiesgo | "VIH"                                | afiliado.marcacionesRiesgo |
      | marcación que no es texto                   |         | afiliado.marcacionesRiesgo | ["VIH", 7]                           | afiliado.marcacionesRiesgo[1] |
      | marcación de 101 caracteres                 |         | afiliado.marcacionesRiesgo | ["MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM"] | afiliado.marcacionesRiesgo[0] |
      | más de 50 marcaciones                       |         | afiliado.marcacionesRiesgo | ["A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A","A"] | afiliado.marcacionesRiesgo |
      | sedeMigrada como texto                      |         | sedeMigrada               | "si"                                  | sedeMigrada               |
      | contingencia como número                    |         | contingenciaCanalesDigitales | 1                                  | contingenciaCanalesDigitales |
      | smartphone como texto                       |         | mediosDigitales.smartphoneConDatos | "true"                       | mediosDigitales.smartphoneConDatos |
      | campo desconocido en mediosDigitales        |         | mediosDigitales.tablet    | true                                  | mediosDigitales.tablet    |
      | campo desconocido                           |         | prioridad                 | "ALTA"                                | prioridad                 |
      | fechaEvaluacion no existe en este dominio   |         | fechaEvaluacion           | "2026-03-30"                          | fechaEvaluacion           |

    Ejemplos: agenda y casos RISS
      | caso                                        | entrada | campo                              | valor                                                                    | error                              |
      | IVR sin hayDisponibilidad                   | IVR     | agenda.hayDisponibilidad           | (ausente)                                                                | agenda.hayDisponibilidad           |
      | IVR con hayDisponibilidad nula              | IVR     | agenda.hayDisponibilidad           | null                                                                     | agenda.hayDisponibilidad           |
      | IVR sin agenda                              | IVR     | agenda                             | null                                                                     | agenda.hayDisponibilidad           |
      | aceptaCita como texto                       | IVR     | agenda.aceptaCita                  | "no"                                                                     | agenda.aceptaCita                  |
      | caso RISS con cups corto                    |         | casosRissAbiertos                  | [{"radicado": "R-1", "cups": "8902", "fechaRadicacion": "2026-03-26"}]   | casosRissAbiertos[0].cups          |
      | caso RISS sin cups                          |         | casosRissAbiertos                  | [{"radicado": "R-1", "fechaRadicacion": "2026-03-26"}]                   | casosRissAbiertos[0].cups          |
      | caso RISS sin radicado                      |         | casosRissAbiertos                  | [{"cups": "890201", "fechaRadicacion": "2026-03-26"}]                    | casosRissAbiertos[0].radicado      |
      | caso RISS sin fecha de radicación           |         | casosRissAbiertos                  | [{"radicado": "R-1", "cups": "890201"}]                                  | casosRissAbiertos[0].fechaRadicacion |
      | caso RISS radicado después de la solicitud  |         | casosRissAbiertos                  | [{"radicado": "R-0", "cups": "890201", "fechaRadicacion": "2026-03-01"}, {"radicado": "R-1", "cups": "890201", "fechaRadicacion": "2026-03-31"}] | casosRissAbiertos[1].fechaRadicacion |
      | caso RISS del año 20260                     |         | casosRissAbiertos                  | [{"radicado": "R-1", "cups": "890201", "fechaRadicacion": "20260-03-26"}] | casosRissAbiertos[0].fechaRadicacion |
      | caso RISS nulo                              |         | casosRissAbiertos                  | [null]                                                                   | casosRissAbiertos[0]               |
      | más de 50 casos RISS                        |         | casosRissAbiertos                  | [{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}] | casosRissAbiertos |
      | campo desconocido en un caso RISS           |         | casosRissAbiertos                  | [{"radicado": "R-1", "cups": "890201", "fechaRadicacion": "2026-03-26", "estado": "ABIERTO"}] | casosRissAbiertos[0].estado |

    Ejemplos: formulario de incidentes
      | caso                                        | entrada | campo                              | valor                                                                    | error                              |
      | incidente sin tipo                          |         | incidente                          | {"canal": "WEB", "descripcion": "Error"}                                 | incidente.tipo                     |
      | incidente de tipo desconocido               |         | incidente                          | {"tipo": "LENTITUD", "canal": "WEB", "descripcion": "Error"}             | incidente.tipo                     |
      | incidente sin canal                         |         | incidente                          | {"tipo": "ERROR_TECNOLOGICO", "descripcion": "Error"}                    | incidente.canal                    |
      | incidente en el IVR, que no es digital      |         | incidente                          | {"tipo": "ERROR_TECNOLOGICO", "canal": "IVR", "descripcion": "Error"}    | incidente.canal                    |
      | incidente en la sede, que no es digital     |         | incidente                          | {"tipo": "ERROR_TECNOLOGICO", "canal": "PRESENCIAL", "descripcion": "Error"} | incidente.canal                |
      | incidente sin descripción                   |         | incidente                          | {"tipo": "ERROR_TECNOLOGICO", "canal": "WEB"}                            | incidente.descripcion              |
      | incidente con descripción en blanco         |         | incidente                          | {"tipo": "ERROR_TECNOLOGICO", "canal": "WEB", "descripcion": "  "}       | incidente.descripcion              |
      | autorizaUsoDatos como texto                 |         | incidente                          | {"tipo": "ERROR_TECNOLOGICO", "canal": "WEB", "descripcion": "Error", "autorizaUsoDatos": "si"} | incidente.autorizaUsoDatos |

  Escenario: una descripción de incidente de más de 2000 caracteres nombra el campo y el límite
    Cuando envío a "/api/v1/agendamiento/decide" el cuerpo:
      """
      {"idSolicitud": "AG-2026-000140", "fechaSolicitud": "2026-03-30", "canalEntrada": "WEB", "cups": "890201",
       "afiliado": {"plan": "PBS", "fechaNacimiento": "1990-05-14", "sedeCapita": "USS_SUBA"},
       "incidente": {"tipo": "ERROR_TECNOLOGICO", "canal": "WEB", "autorizaUsoDatos": true,
        "descripcion": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}}
      """
    Entonces la respuesta es un error 400 que nombra el campo "incidente.descripcion"

  Escenario: todos los errores de una solicitud van juntos, también los que cruzan campos
    Dado que el campo "canalEntrada" vale "IVR"
    Y que el campo "agenda.hayDisponibilidad" vale "(ausente)"
    Y que el campo "cups" vale "8902"
    Y que el campo "afiliado.fechaNacimiento" vale "2026-04-15"
    Y que el campo "afiliado.plan" vale "EPS"
    Y que el campo "casosRissAbiertos" vale '[{"radicado": "R-1", "cups": "890201", "fechaRadicacion": "2026-04-01"}]'
    Y que el campo "incidente" vale '{"tipo": "ERROR_TECNOLOGICO", "canal": "PRESENCIAL"}'
    Y que el campo "mediosDigitales.tablet" vale "true"
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "agenda.hayDisponibilidad"
    Y la respuesta es un error 400 que nombra el campo "cups"
    Y la respuesta es un error 400 que nombra el campo "afiliado.fechaNacimiento"
    Y la respuesta es un error 400 que nombra el campo "afiliado.plan"
    Y la respuesta es un error 400 que nombra el campo "casosRissAbiertos[0].fechaRadicacion"
    Y la respuesta es un error 400 que nombra el campo "incidente.canal"
    Y la respuesta es un error 400 que nombra el campo "incidente.descripcion"
    Y la respuesta es un error 400 que nombra el campo "mediosDigitales.tablet"

  Escenario: un cuerpo que no es JSON es un 400 problem+json
    Cuando envío a "/api/v1/agendamiento/decide" el cuerpo:
      """
      {"idSolicitud": "AG-1", "canalEntrada": "IVR"
      """
    Entonces la respuesta es un error 400

  Esquema del escenario: el lote de ejemplo: un caso por resultado y dos inválidos que no lo tumban: <ruta>
    Dado un lote de "agendamiento" con los casos de "examples/agendamiento-lote.json"
    Cuando pido la decisión del lote
    Entonces el campo "<ruta>" de la respuesta vale "<valor>"

    Ejemplos:
      | ruta                                           | valor                    |
      | resumen.total                                  | 14                       |
      | resumen.errores                                | 2                        |
      | resumen.porResultado.REDIRIGIDA_CANAL_DIGITAL  | 4                        |
      | resumen.porResultado.ATENCION_ASESOR           | 2                        |
      | resumen.porResultado.BLOQUEADA_CASO_ABIERTO    | 1                        |
      | resumen.porCanalAsignado.LINA_WHATSAPP         | 3                        |
      | resumen.porCanalAsignado.APP                   | 2                        |
      | resumen.porCanalAsignado.WEB                   | 1                        |
      | resumen.porCanalAsignado.IVR_AUTOGESTION       | 1                        |
      | resumen.porCanalAsignado.ASESOR                | 3                        |
      | resumen.porCanalAsignado.TAQUILLA              | 1                        |
      | resumen.porCanalAsignado.TRANSACCIONES_SALUD   | (ausente)                |
      | resumen.poblacionObjetivo                      | 10                       |
      | resumen.migracionDigital                       | 9                        |
      | resultados[10].resultado                       | BLOQUEADA_CASO_ABIERTO   |
      | resultados[10].radicadoAbierto                 | RISS-2026-004417         |
      | resultados[12].idSolicitud                     | AG-2026-000135           |
      | resultados[12].error.status                    | 400                      |
      | resultados[13].error.errores[0].campo          | incidente.canal          |
