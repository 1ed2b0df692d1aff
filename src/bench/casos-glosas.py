#!/usr/bin/env python3
"""Genera N facturas de glosas en JSON Lines (una por línea) para medir la simulación con un archivo grande:
   python3 src/bench/casos-glosas.py 100000 > /tmp/facturas.jsonl
La base es la factura de features/glosas.feature; cada caso varía, con una semilla fija, lo que mueve las reglas:
tarifa por encima de la pactada, errores aritméticos de pocos pesos, ámbito ambulatorio sin autorización, soportes
que faltan, totales que no cuadran, y un 1 % de casos inválidos (400)."""
import json
import random
import re
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
azar = random.Random(16)
feature = open("features/glosas.feature", encoding="utf-8").read()
base = json.loads(re.search(r'"""(.*?)"""', feature, re.S).group(1))
salida = sys.stdout
for i in range(n):
    caso = json.loads(json.dumps(base))
    item = caso["items"][0]
    cantidad = azar.choice([1, 1, 1, 2, 3])
    unitario = 80000 if azar.random() < 0.6 else 80000 + azar.randint(1, 20) * 500
    total = cantidad * unitario + (azar.randint(1, 300) if azar.random() < 0.1 else 0)
    item.update({"cantidad": cantidad, "valorUnitario": unitario, "valorTotal": total})
    if azar.random() < 0.2:
        caso["ambito"] = "AMBULATORIO"
        if azar.random() < 0.25:
            item["autorizacion"] = None
    if azar.random() < 0.03:
        item["soportes"] = []
    caso["factura"]["numero"] = "FE-%07d" % i
    caso["factura"]["valorTotal"] = total + (azar.randint(1, 50) * 1000 if azar.random() < 0.02 else 0)
    if azar.random() < 0.01:
        caso["factura"]["valorTotal"] = "no es un número"
    salida.write(json.dumps(caso, ensure_ascii=False, separators=(",", ":")) + "\n")
