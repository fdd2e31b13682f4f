"""Every rule: the red-flag rules, one module per kind of emergency, and the recall net (recall.py)."""

from __future__ import annotations

from scarfaq.safety.engine import Rule
from scarfaq.safety.rules import (
    airway,
    alarm,
    bleeding,
    burns,
    collapse,
    crisis,
    despair,
    infection,
    injection,
    recall,
    self_harm,
    spots,
    swallowed,
)

RED_FLAG_RULES: tuple[Rule, ...] = (
    *infection.RULES,
    *airway.RULES,
    *burns.RULES,
    *bleeding.RULES,
    *injection.RULES,
    *collapse.RULES,
    *spots.RULES,
    *swallowed.RULES,
    *self_harm.RULES,
    # The broad second tier: word classes, not phrasings.
    *despair.RULES,
    *crisis.RULES,
    *alarm.RULES,
)

#: The recall net, run when no red-flag rule fired.
RECALL_RULES: tuple[Rule, ...] = (*recall.RULES, *alarm.RECALL_RULES)
