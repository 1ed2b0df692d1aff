# language: es
Característica: Alertas de posible invalidez, accidente de trabajo grave y clasificación por PCL
  La auditoría concurrente de la ARL reporta a diario los asegurados hospitalizados con criterios de
  posible invalidez (spec/invalidez.md). Para añadir un caso basta una fila en la tabla Ejemplos.

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

  Esquema del escenario: <caso>
    Dado que el campo "diagnosticos[0].cie10" vale "<cie10>"
    Y que el campo "diasUci" vale "<diasUci>"
    Cuando pido la decisión
    Entonces el resultado es "<resultado>"
    Y las causales son "<causales>"

    Ejemplos:
      | caso                          | cie10 | diasUci | resultado         | causales |
      | sin criterios                 | J18.9 | 0       | SIN_ALERTA        | ninguna  |
      | un día en UCI                 |       | 1       | POSIBLE_INVALIDEZ | UCI      |
      | trauma raquimedular sin punto | S141  |         | POSIBLE_INVALIDEZ | TRAUMA_MAYOR |
