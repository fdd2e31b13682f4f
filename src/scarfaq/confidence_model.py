"""The learned confidence's numbers (scarfaq.confidence). Do not edit: regenerate with

    python benchmarks/train_confidence.py
"""

#: In the order of confidence.Evidence's fields.
MEANS = (0.734911, 0.554342, 0.141483, 0.037729, 0.038938, 1.869634, 0.551205, 0.180568, 0.422917,)
SCALES = (0.222634, 0.280686, 0.113202, 0.095173, 0.097633, 0.322732, 0.225273, 0.183773, 0.494022,)
WEIGHTS = (0.829025, 0.269011, -0.631170, -0.137675, 0.002282, 0.393100, 0.383176, 0.593456, 0.129227,)
BIAS = 0.931957
FLOOR = 0.25
CEILING = 0.6
THRESHOLD = 0.3
