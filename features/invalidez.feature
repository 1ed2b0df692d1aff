# language: es
Característica: Alertas de posible invalidez, accidente de trabajo grave y clasificación por PCL
  La auditoría concurrente de la ARL reporta a diario al proveedor de calificación y a la Gerencia
  Médica los asegurados hospitalizados con criterios de posible invalidez (spec/invalidez.md).
  Para añadir un caso basta una fila en la tabla Ejemplos: una celda vacía deja el campo de la
  solicitud base como está y no comprueba nada; "(ausente)" quita el campo; "(vacío)" es el texto
  vacío; "ninguna" es una lista vacía; las listas van separadas por comas y sin comillas.

  Antecedentes:
    Dado una solicitud de "invalidez" como esta:
      """
      {
        "idCaso": "CONC-2026-0001",
        "siniestro": {"id": "SIN-778", "tipo": "ACCIDENTE_TRABAJO", "fecha": "2026-02-11"},
        "diagnosticos": [{"cie10": "J18.9", "origen": "LABORAL"}],
        "procedimientos": [],
        "diasUci": 0,
        "porcentajeSuperficieQuemada": null,
        "pclProyectada": null,
        "pclCalificada": null,
        "pclEnFirme": false,
        "fechaEvaluacion": "2026-02-20"
      }
      """

  Esquema del escenario: criterio de posible invalidez: <caso>
    Dado que el campo "diagnosticos[0].cie10" vale "<cie10>"
    Y que el campo "diagnosticos[0].origen" vale "<origen>"
    Y que el campo "diasUci" vale "<diasUci>"
    Y que el campo "porcentajeSuperficieQuemada" vale "<quemada>"
    Y que el campo "pclProyectada" vale "<pclProyectada>"
    Y que el campo "procedimientos[0].cups" vale "<cups>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"
    Y el campo "criterios" de la respuesta incluye "<causales>"

    Ejemplos:
      | caso                                         | cie10 | origen  | diasUci | quemada | pclProyectada | cups   | resultado         | causales          |
      | sin ningún criterio                          | J18.9 |         | 0       |         |               |        | SIN_ALERTA        | ninguna           |
      | un día en UCI                                |       |         | 1       |         |               |        | POSIBLE_INVALIDEZ | UCI               |
      | UCI desconocida (null)                       |       |         | null    |         |               |        | SIN_ALERTA        | ninguna           |
      | 20 % de superficie quemada (límite)          |       |         |         | 20      |               |        | POSIBLE_INVALIDEZ | GRAN_QUEMADO      |
      | 19,9 % de superficie quemada                 |       |         |         | 19.9    |               |        | SIN_ALERTA        | ninguna           |
      | quemadura extensa T31.2 (20-29 %)            | T31.2 |         |         |         |               |        | POSIBLE_INVALIDEZ | GRAN_QUEMADO      |
      | quemadura T31.1 (10-19 %) no es gran quemado | T31.1 |         |         |         |               |        | SIN_ALERTA        | ninguna           |
      | corrosión extensa T32.9                      | T32.9 |         |         |         |               |        | POSIBLE_INVALIDEZ | GRAN_QUEMADO      |
      | corrosión T32.1 no es gran quemado           | T32.1 |         |         |         |               |        | SIN_ALERTA        | ninguna           |
      | quemadura de vías respiratorias              | T27.1 |         |         |         |               |        | POSIBLE_INVALIDEZ | GRAN_QUEMADO      |
      | trauma raquimedular cervical con punto       | S14.1 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | trauma raquimedular cervical sin punto       | S141  |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | S14.2 (raíz nerviosa) no es raquimedular     | S14.2 |         |         |         |               |        | SIN_ALERTA        | ninguna           |
      | médula torácica                              | S24.0 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | médula lumbar                                | S34.1 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | médula sin nivel                             | T09.3 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | fractura cervical                            | S12.0 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | fractura de vértebra torácica                | S22.0 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | fractura de costilla no es columna           | S22.3 |         |         |         |               |        | SIN_ALERTA        | ninguna           |
      | fractura del sacro en subcategoría de 5      | S32.10 |        |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | fractura de pelvis S32.3 no es columna       | S32.3 |         |         |         |               |        | SIN_ALERTA        | ninguna           |
      | columna sin nivel                            | T08   |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | fractura de cráneo                           | S02.1 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | traumatismo intracraneal                     | S06.5 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | traumatismo del ojo                          | S05.3 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | quemadura del ojo                            | T26.4 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | PCL proyectada de 50 % (límite legal)        |       |         |         |         | 50            |        | POSIBLE_INVALIDEZ | PCL_PROYECTADA_50 |
      | PCL proyectada de 49,9 %                     |       |         |         |         | 49.9          |        | SIN_ALERTA        | ninguna           |
      | amputación traumática del brazo              | S48.0 |         |         |         |               |        | POSIBLE_INVALIDEZ | AMPUTACION        |
      | amputación del antebrazo                     | S58.1 |         |         |         |               |        | POSIBLE_INVALIDEZ | AMPUTACION        |
      | amputación de la mano                        | S68.4 |         |         |         |               |        | POSIBLE_INVALIDEZ | AMPUTACION        |
      | amputación de cadera y muslo                 | S78.1 |         |         |         |               |        | POSIBLE_INVALIDEZ | AMPUTACION        |
      | amputación de la pierna                      | S88.0 |         |         |         |               |        | POSIBLE_INVALIDEZ | AMPUTACION        |
      | amputación del pie                           | S98.0 |         |         |         |               |        | POSIBLE_INVALIDEZ | AMPUTACION        |
      | amputaciones múltiples                       | T05.5 |         |         |         |               |        | POSIBLE_INVALIDEZ | AMPUTACION        |
      | miembro superior sin nivel                   | T11.6 |         |         |         |               |        | POSIBLE_INVALIDEZ | AMPUTACION        |
      | miembro inferior sin nivel                   | T13.6 |         |         |         |               |        | POSIBLE_INVALIDEZ | AMPUTACION        |
      | procedimiento de amputación del catálogo     |       |         |         |         |               | '844101' | POSIBLE_INVALIDEZ | AMPUTACION        |
      | procedimiento de miembro inferior 84.1x      |       |         |         |         |               | '841301' | POSIBLE_INVALIDEZ | AMPUTACION        |
      | procedimiento que no es amputación           |       |         |         |         |               | '890701' | SIN_ALERTA        | ninguna           |
      | tumor maligno laboral                        | C34.1 | LABORAL |         |         |               |        | POSIBLE_INVALIDEZ | CANCER_OCUPACIONAL |
      | tumor maligno sin origen toma el laboral     | C97   | null    |         |         |               |        | POSIBLE_INVALIDEZ | CANCER_OCUPACIONAL |
      | tumor maligno de origen común                | C34.1 | COMUN   |         |         |               |        | SIN_ALERTA        | ninguna           |
      | tumor maligno de origen sin determinar       | C00.0 | SIN_DETERMINAR |  |         |               |        | SIN_ALERTA        | ninguna           |
      | tumor benigno laboral                        | D12.0 | LABORAL |         |         |               |        | SIN_ALERTA        | ninguna           |
      | código en minúsculas                         | s06.5 |         |         |         |               |        | POSIBLE_INVALIDEZ | TRAUMA_MAYOR      |
      | varios criterios a la vez                    | S48.0 |         | 3       | 35      | 60            |        | POSIBLE_INVALIDEZ | UCI, GRAN_QUEMADO, PCL_PROYECTADA_50, AMPUTACION |

  Esquema del escenario: la alerta se reporta al día siguiente: <caso>
    Dado que el campo "diasUci" vale "<diasUci>"
    Y que el campo "fechaEvaluacion" vale "<evaluacion>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las acciones son "<acciones>"
    Y la acción "REPORTAR_POSIBLE_INVALIDEZ" vence el "<vence>"
    Y el campo "acciones[0].destinatarios" de la respuesta incluye "<destinatarios>"

    Ejemplos:
      | caso                           | diasUci | evaluacion | resultado         | acciones                   | vence      | destinatarios                           |
      | alerta evaluada un viernes     | 2       | 2026-02-20 | POSIBLE_INVALIDEZ | REPORTAR_POSIBLE_INVALIDEZ | 2026-02-21 | PROVEEDOR_CALIFICACION, GERENCIA_MEDICA |
      | alerta a fin de mes            | 2       | 2026-02-28 | POSIBLE_INVALIDEZ | REPORTAR_POSIBLE_INVALIDEZ | 2026-03-01 |                                         |
      | sin alerta no hay reporte      | 0       | 2026-02-20 | SIN_ALERTA        | ninguna                    |            |                                         |

  Esquema del escenario: accidente de trabajo grave: <caso>
    Dado que el campo "siniestro.tipo" vale "<tipo>"
    Y que el campo "diagnosticos[0].cie10" vale "<cie10>"
    Y que el campo "procedimientos[0].cups" vale "<cups>"
    Cuando pido la decisión
    Entonces el campo "accidenteGrave" de la respuesta vale "<grave>"
    Y el campo "criteriosAccidenteGrave" de la respuesta es la lista "<criterios>"
    Y la acción "INVESTIGAR_ACCIDENTE_GRAVE" vence el "<investigar>"

    Ejemplos:
      | caso                                  | tipo               | cie10 | cups   | grave | criterios                                   | investigar |
      | amputación de la pierna               | ACCIDENTE_TRABAJO  | S88.1 |        | true  | AMPUTACION                              | 2026-02-26 |
      | amputación por procedimiento          | ACCIDENTE_TRABAJO  | J18.9 | '844101' | true  | AMPUTACION                              | 2026-02-26 |
      | fractura de fémur                     | ACCIDENTE_TRABAJO  | S72.0 |        | true  | FRACTURA_HUESO_LARGO                    | 2026-02-26 |
      | fractura de tibia                     | ACCIDENTE_TRABAJO  | S82.1 |        | true  | FRACTURA_HUESO_LARGO                    |            |
      | fractura de maléolo (tibia/peroné)    | ACCIDENTE_TRABAJO  | S82.5 |        | true  | FRACTURA_HUESO_LARGO                    |            |
      | fractura de rótula no es hueso largo  | ACCIDENTE_TRABAJO  | S82.0 |        | false | ninguna                                          |            |
      | fractura de diáfisis del húmero       | ACCIDENTE_TRABAJO  | S42.3 |        | true  | FRACTURA_HUESO_LARGO                    |            |
      | fractura de clavícula no es hueso largo | ACCIDENTE_TRABAJO | S42.0 |       | false | ninguna                                          |            |
      | fractura de radio                     | ACCIDENTE_TRABAJO  | S52.5 |        | true  | FRACTURA_HUESO_LARGO                    |            |
      | trauma craneoencefálico               | ACCIDENTE_TRABAJO  | S06.0 |        | true  | TRAUMA_CRANEOENCEFALICO                 |            |
      | quemadura de segundo grado            | ACCIDENTE_TRABAJO  | T22.2 |        | true  | QUEMADURA_SEGUNDO_TERCER_GRADO          |            |
      | corrosión de tercer grado             | ACCIDENTE_TRABAJO  | T25.7 |        | true  | QUEMADURA_SEGUNDO_TERCER_GRADO          |            |
      | quemadura múltiple de tercer grado    | ACCIDENTE_TRABAJO  | T29.3 |        | true  | QUEMADURA_SEGUNDO_TERCER_GRADO          |            |
      | quemadura sin región de segundo grado | ACCIDENTE_TRABAJO  | T30.6 |        | true  | QUEMADURA_SEGUNDO_TERCER_GRADO          |            |
      | quemadura de primer grado no es grave | ACCIDENTE_TRABAJO  | T22.1 |        | false | ninguna                                          |            |
      | aplastamiento de la mano              | ACCIDENTE_TRABAJO  | S67.0 |        | true  | LESION_SEVERA_MANO                      |            |
      | amputación de dedo: mano y amputación | ACCIDENTE_TRABAJO  | S68.1 |        | true  | AMPUTACION, LESION_SEVERA_MANO        |            |
      | lesión medular                        | ACCIDENTE_TRABAJO  | S24.1 |        | true  | LESION_MEDULAR                          |            |
      | lesión ocular                         | ACCIDENTE_TRABAJO  | S05.1 |        | true  | LESION_OCULAR                           |            |
      | ruptura del tímpano                   | ACCIDENTE_TRABAJO  | S09.2 |        | true  | LESION_AUDITIVA                         |            |
      | hipoacusia por ruido                  | ACCIDENTE_TRABAJO  | H83.3 |        | true  | LESION_AUDITIVA                         |            |
      | enfermedad laboral nunca es accidente grave | ENFERMEDAD_LABORAL | S72.0 |   | false | ninguna                                          |            |
      | sin lesión grave                      | ACCIDENTE_TRABAJO  | J18.9 |        | false | ninguna                                          |            |

  Esquema del escenario: clasificación por PCL calificada: <caso>
    Dado que el campo "pclCalificada" vale "<pcl>"
    Y que el campo "pclEnFirme" vale "<enFirme>"
    Cuando pido la decisión
    Entonces el campo "clasificacionPcl" de la respuesta vale "<clasificacion>"
    Y las acciones son "<acciones>"

    Ejemplos:
      | caso                                 | pcl  | enFirme | clasificacion                  | acciones                 |
      | sin PCL calificada no se clasifica   | null | false   | (ausente)                      | ninguna                  |
      | PCL 0 en firme                       | 0    | true    | SIN_INCAPACIDAD_PERMANENTE     | ninguna                  |
      | PCL 4,9                              | 4.9  | true    | SIN_INCAPACIDAD_PERMANENTE     | ninguna                  |
      | PCL 5 (límite inferior de IPP)       | 5    | true    | INCAPACIDAD_PERMANENTE_PARCIAL | ninguna                  |
      | PCL 49,9                             | 49.9 | true    | INCAPACIDAD_PERMANENTE_PARCIAL | ninguna                  |
      | PCL 50 (límite de invalidez)         | 50   | true    | INVALIDEZ                      | ninguna                  |
      | PCL 100                              | 100  | true    | INVALIDEZ                      | ninguna                  |
      | dictamen que no está en firme        | 30   | false   | INCAPACIDAD_PERMANENTE_PARCIAL | ESPERAR_FIRMEZA_DICTAMEN |
      | firmeza ausente se toma como no firme | 55  | (ausente) | INVALIDEZ                    | ESPERAR_FIRMEZA_DICTAMEN |

  Escenario: las reglas aplicadas explican la decisión
    Dado que el campo "diasUci" vale "4"
    Cuando pido la decisión
    Entonces las reglas aplicadas incluyen "Una estancia en UCI es criterio de posible invalidez"
    Y las reglas aplicadas incluyen "Una posible invalidez se reporta al día siguiente al proveedor de calificación y a la gerencia médica"
    Y el campo "causales[0].descripcion" de la respuesta vale "Estancia hospitalaria en Unidad de Cuidado Intensivo"

  Esquema del escenario: solicitud inválida: <caso>
    Dado que el campo "<campo>" vale "<valor>"
    Cuando pido la decisión
    Entonces la respuesta es un error 400 que nombra el campo "<campo>"

    Ejemplos:
      | caso                           | campo                         | valor      |
      | sin tipo de siniestro          | siniestro.tipo                | (ausente)  |
      | tipo de siniestro desconocido  | siniestro.tipo                | INCENDIO   |
      | sin siniestro                  | siniestro                     | (ausente)  |
      | sin fecha de siniestro         | siniestro.fecha               | (ausente)  |
      | fecha imposible                | siniestro.fecha               | 2026-02-30 |
      | código CIE-10 inválido         | diagnosticos[0].cie10         | XYZ        |
      | código CIE-10 vacío            | diagnosticos[0].cie10         | (vacío)    |
      | origen desconocido             | diagnosticos[0].origen        | MIXTO      |
      | sin diagnósticos               | diagnosticos                  | []              |
      | PCL proyectada de 120          | pclProyectada                 | 120        |
      | PCL calificada negativa        | pclCalificada                 | -1         |
      | superficie quemada de 101 %    | porcentajeSuperficieQuemada   | 101        |
      | días de UCI negativos          | diasUci                       | -2         |
      | días de UCI con decimales      | diasUci                       | 1.5        |
      | días de UCI como texto         | diasUci                       | muchos     |
      | procedimiento sin código       | procedimientos[0].cups        | (vacío)    |
      | campo mal escrito: diasUCI      | diasUCI                       | 5          |
      | campo desconocido en un objeto  | siniestro.lugar               | Bogotá     |
      | número entre comillas           | diasUci                       | '5'        |
      | código CIE-10 como número       | diagnosticos[0].cie10         | 18         |
      | verdadero como texto            | pclEnFirme                    | 'true'     |
      | fecha con espacios              | siniestro.fecha               | ' 2026-02-11' |
      | fecha con hora                  | siniestro.fecha               | 2026-02-11T08:00 |
      | siniestro posterior a la evaluación | siniestro.fecha           | 2026-03-01 |

  Escenario: un JSON mal formado es un 400 problem+json
    Cuando envío a "/api/v1/invalidez/decide" el cuerpo:
      """
      {"siniestro": {"tipo": "ACCIDENTE_TRABAJO",
      """
    Entonces la respuesta es un error 400

  Escenario: un dominio que no existe es un 404 problem+json
    Cuando envío a "/api/v1/pensiones/decide" el cuerpo:
      """
      {}
      """
    Entonces la respuesta es un error 404
