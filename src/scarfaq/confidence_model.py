"""The learned confidence's numbers (scarfaq.confidence). Do not edit: regenerate with

    python benchmarks/train_confidence.py
"""

#: In the order of confidence.Evidence's fields.
MEANS = (0.716928, 0.553398, 0.146497, 0.042533, 0.044030, 1.868667, 0.537431, 0.163530, 0.405983,)
SCALES = (0.229943, 0.280473, 0.114629, 0.098322, 0.101235, 0.325687, 0.226303, 0.175702, 0.491081,)
WEIGHTS = (0.720311, 0.259340, -0.584350, -0.199115, -0.014172, 0.351590, 0.454810, 0.528693, -0.026665,)
BIAS = 0.832903
FLOOR = 0.25
THRESHOLD = 0.203111
