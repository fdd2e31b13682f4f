"""The learned confidence's numbers (scarfaq.confidence). Do not edit: regenerate with

    python benchmarks/train_confidence.py
"""

#: In the order of confidence.Evidence's fields.
MEANS = (0.735005, 0.554356, 0.141465, 0.037729, 0.038938, 1.869634, 0.551160, 0.180649, 0.422917,)
SCALES = (0.222721, 0.280693, 0.113212, 0.095173, 0.097633, 0.322732, 0.225283, 0.183798, 0.494022,)
WEIGHTS = (0.829079, 0.269122, -0.631223, -0.137706, 0.002286, 0.392829, 0.383183, 0.593656, 0.128881,)
BIAS = 0.932252
FLOOR = 0.25
CEILING = 0.6
THRESHOLD = 0.25
