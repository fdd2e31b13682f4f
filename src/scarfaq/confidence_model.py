"""The learned confidence's numbers (scarfaq.confidence). Do not edit: regenerate with

    python benchmarks/train_confidence.py
"""

#: In the order of confidence.Evidence's fields.
MEANS = (0.646355, 0.560801, 0.173079, 0.088648, 0.115633, 1.873519, 0.488569, 0.085555, 0.207143, 0.489796,)
SCALES = (0.256174, 0.269296, 0.120128, 0.130988, 0.174588, 0.323088, 0.231832, 0.158770, 0.405259, 0.499896,)
WEIGHTS = (0.745690, 0.394514, -0.513519, -0.114619, -0.057978, 0.430868, 0.326955, 0.534014, 0.196618, -0.595550,)
BIAS = 0.709152
FLOOR = 0.25
CEILING = 0.6
THRESHOLD = 0.35
