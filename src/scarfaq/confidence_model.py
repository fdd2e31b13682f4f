"""The learned confidence's numbers (scarfaq.confidence). Do not edit: regenerate with

    python benchmarks/train_confidence.py
"""

#: In the order of confidence.Evidence's fields.
MEANS = (0.646180, 0.560390, 0.173005, 0.088648, 0.115633, 1.873519, 0.488186, 0.085789, 0.207143, 0.489796,)
SCALES = (0.256160, 0.269210, 0.120071, 0.130988, 0.174588, 0.323088, 0.231392, 0.159465, 0.405259, 0.499896,)
WEIGHTS = (0.744327, 0.393498, -0.513857, -0.115063, -0.059118, 0.430774, 0.325585, 0.531359, 0.195991, -0.592105,)
BIAS = 0.708759
FLOOR = 0.25
CEILING = 0.6
THRESHOLD = 0.35
