"""Required literals of the safety rules' patterns, derived by prefilter.py. Do not edit: regenerate with

    python -m scarfaq.safety.prefilter
"""

from __future__ import annotations

LITERALS: dict[str, tuple[str, ...]] = {
    '0068397df22ef46b': ('accidentally',),
    '018e11e9e1d55d74': (
        'blind', 'blurr', "can't", 'cannot', 'cant', 'dark', 'double', 'everything', 'seeing', 'sight',
        'vision',
    ),
    '074082c065999578': (
        'acid', 'aha', 'azelaic', 'benzoyl', 'bha', 'bleach', 'chemical', 'cream', 'exfoliant', 'glycolic',
        'hydroquinone', 'jessner', 'lactic', 'liquid', 'mandelic', 'peel', 'phenol', 'product', 'retin',
        'salicylic', 'serum', 'solution', 'tca', 'toner',
    ),
    '16c11fc6dd2f90c8': ('swell', 'swolen', 'swollen', 'throat', 'tongue',),
    '176aeb7289118e50': (
        'asthma', 'blue', 'bluish', 'chest', 'choke', 'choking', 'coughing', 'drool', 'gasping', 'gray', 'grey',
        'inhaler', 'pressure', 'sentence', 'sitting', 'stopping', 'stridor', 'swallow', 'throat', 'tight',
        'weight', 'wheez', 'word',
    ),
    '1881975ae33da65f': (
        'artery', 'belotero', 'cannula', 'filler', 'flip', 'injectable', 'injected', 'injection', 'jab',
        'juvederm', 'juvéderm', 'radiesse', 'restylane', 'rhinoplasty', 'sculptra', 'syringe', 'teosyal',
        'trough', 'vein', 'vessel',
    ),
    '19fda90666c9bdc2': (
        'blemish', 'bump', 'freckle', 'growth', 'keloid', 'lesion', 'lump', 'mark', 'mole', 'nodule', 'patch',
        'scab', 'scar', 'sore', 'spot', 'ulcer',
    ),
    '259ad689e4aad6f8': ('burning', 'eye', 'fire', 'open', 'stinging',),
    '27b7c2c84b89ee44': ('bleeding', 'blister', 'coming', 'peeling', 'sloughing', 'weeping',),
    '2846e4f79a25780d': (
        'cope', 'disappear', 'done', 'give', 'hopeless', 'longer', 'more', 'nothing', 'point', 'tired', 'way',
        'whats',
    ),
    '287776e70fcdc6dc': (
        'about', 'burning', 'carving', 'cutting', 'harming', 'hurting', 'scratching', 'self', 'selves', 'wrist',
    ),
    '2e5e0d68797f17da': ('blacked', 'blacking', 'consciousness', 'faint', 'pass', 'unconscious',),
    '2f9ad5127ce96706': ('throat', 'voice',),
    '2faf0b9962aed979': (
        'black', 'blanch', 'blotchy', 'blue', 'bluish', 'darkening', 'darker', 'dusky', 'gray', 'grey', 'lacy',
        'mottled', 'pale', 'purple', 'purplish', 'touch', 'white', 'whitish',
    ),
    '3761031afc79ccfd': (
        'bigger', 'black', 'bled', 'bleeding', 'bleeds', 'changed', 'darker', 'from', 'growing', 'irregular',
        'itches', 'itchy', 'larger', 'raised', 'uneven',
    ),
    '3bba4e33381f049b': ('coming', 'crust', 'discharg', 'drain', 'dripping', 'leak', 'ooz', 'seep', 'weep',),
    '3c1a2a20a38ec975': (
        'accident', 'care', 'crash', 'drive', 'driving', 'front', 'future', 'googl', 'hang', 'jump', 'look',
        'miss', 'notice', 'read', 'search', 'steer', 'wish',
    ),
    '3da3434527d8c5fe': (
        'beauty', 'birthmark', 'bleeding', 'changing', 'crusty', 'darkened', 'darkening', 'darkens', 'darker',
        'growing', 'heal', 'keloid', 'mole', 'scar', 'turned', 'turning',
    ),
    '430075fb78148b7d': ('air', 'breath', 'exhal', 'inhal',),
    '445a0de8e62df150': (
        'ate', 'chewed', 'chewing', 'drank', 'drinking', 'drunk', 'eating', 'got', 'had', 'hold', 'ingested',
        'ingesting', 'into', 'licked', 'licking', 'mouth', 'sucked', 'sucking', 'swallowed', 'swallowing',
        'tasted',
    ),
    '4e2551d9557a4af6': ('eye',),
    '5183de02f295d274': (
        'bleeding', 'clot', 'coming', 'dripping', 'for', 'gauze', 'gushing', 'pouring', 'pressing', 'pressure',
        'soak', 'still', 'stop',
    ),
    '553c93a4aa1ca819': ('confus', 'dizzy', 'pounding', 'racing', 'shaky', 'tingl',),
    '570b3b01d746e08c': (
        'bleed', 'changed', 'changing', 'color', 'colour', "doesn't", 'doesnt', 'getting', 'grew', 'growing',
        'grows', 'heal', 'irregular',
    ),
    '591d0f313442c326': ('cheek', 'face', 'head', 'like', 'longer', 'more', 'punish', 'scar', 'skin', 'this',),
    '5c43af7b5055d86b': ('even',),
    '5eb22268ef4a6f85': (
        'about', 'decided', 'going', 'gonna', "i'll", 'ill', 'plan', 'ready', 'tempted', 'thinking', 'thought',
        'tonight', 'urge', 'wanna', 'want',
    ),
    '60fad0e1719ce7b0': ('blade', 'glass', 'knife', 'lighter', 'razor', 'scalpel', 'scissors',),
    '62d77cc4fc7fd99f': (
        'area', 'artery', 'blanch', 'blotch', 'blue', 'bluish', 'discoloration', 'discolouration', 'dusky',
        'gray', 'grey', 'like', 'livedo', 'mark', 'mottled', 'necrosis', 'necrotic', 'occluded', 'occlusion',
        'pale', 'patch', 'pattern', 'purple', 'purplish', 'reticular', 'spot', 'tinge', 'vein', 'vessel',
        'white', 'whitish',
    ),
    '62e138eaa8c8e4d1': ('filler', 'hyaluronic', 'juvederm', 'radiesse', 'restylane', 'sculptra', 'trough',),
    '63c1fcee24f4aab2': ('burning', 'coming', 'hot', 'pouring', 'radiating', 'touch', 'warm',),
    '6469f29032bef9f3': ('bleeding', 'blister', 'chunks', 'degree', 'oozing', 'sheets', 'strips', 'weeping',),
    '64dfaf9ca2a689f5': (
        'alive', 'better', 'can', 'could', 'easier', 'end', 'harm', 'kill', 'kms', 'living', 'never', 'nothing',
        'overdose', 'point', 'purpose', 'ready', 'reason', 'self', 'selves', 'siuc', 'suc', 'suic', 'take',
        'wanna', 'want', 'will', 'wish', 'would',
    ),
    '6abf1fa6ab1c43e5': ('going', 'gonna', 'noose', 'tempted', 'thinking', 'want',),
    '6cccc4221429fa12': (
        'ache', 'agonising', 'agonizing', 'agony', 'awful', 'burn', 'excruciating', 'getting', 'hurt',
        'intense', 'pain', 'severe', 'sore', 'sting', 'tender', 'throb', 'unbearable', 'worst',
    ),
    '6dcded61e0f85e96': (
        'after', 'filler', 'hot', 'laser', 'microneedl', 'needling', 'peel', 'procedure', 'pus', 'red', 'since',
        'subcision', 'swollen',
    ),
    '6eee0e525313a66e': ('ooze', 'oozing', 'oozy', 'swolen', 'swollen', 'touch', 'weeping',),
    '75c580a8ab99bd61': ('beating', 'chest', 'palpitation', 'pounding', 'racing', 'seizure',),
    '79c9c3ec922a5a4d': (
        'better', 'burning', 'cutting', 'done', 'end', 'goodbye', 'happier', 'harming', 'hurting', 'kill',
        'lined', 'live', 'living', 'overdos', 'planned', 'planning', 'point', 'rather', 'ready', 'reason',
        'saved', 'self', 'stockpiled', 'suicid', 'take', 'took', 'waking', 'wanna', 'want', 'wrote',
    ),
    '7a45b2da9246dc48': (
        'abscess', 'cellulitis', 'cloudy', 'foul', 'green', 'infected', 'infection', 'milky', 'poisoning',
        'pus', 'sepsis', 'septic', 'smell', 'stink', 'yellow',
    ),
    '7c08f2df22bf6e16': (
        'ballooned', 'ballooning', 'came', 'double', 'entire', 'everywhere', 'head', 'hives', 'huge', 'itches',
        'itching', 'itchy', 'massive', 'moving', 'over', 'puffed', 'spread', 'three', 'throat', 'twice',
        'welts', 'whole',
    ),
    '7e446589254bfb2e': (
        'barely', "can't", 'cannot', 'cant', 'catch', 'cnt', "couldn't", 'couldnt', 'difficult', 'fast',
        'fighting', 'gasp', 'hard', 'heavy', 'labored', 'laboured', 'noisy', 'only', 'rough', 'shallow',
        'short', 'squeez', 'stopping', 'straw', 'struggl', 'tight', 'tiny', 'trouble', 'wheez', 'whistl',
    ),
    '7f1b22759949b979': ('eye',),
    '8098ca32abfb9435': ('blind', "can't", 'cannot', 'cant', 'seeing', 'sight', 'vision',),
    '820e16ea55d1a0ab': (
        'blister', 'breaking', 'bubbled', 'bubbles', 'bubbling', 'bubbly', 'burn', 'charred', 'cracked',
        'cracking', 'dead', 'dying', 'falling', 'filled', 'goes', 'going', 'gone', 'hard', 'leathery', 'open',
        'puff', 'raw', 'rotting', 'stiff', 'swell', 'swolen', 'swollen', 'turn', 'waxy', 'went',
    ),
    '84d2318718f959c2': (
        'acid', 'burn', 'chemical', 'cream', 'hot', 'ice', 'laser', 'lemon', 'mask', 'overnight', 'peel',
        'sheets', 'tca', 'vinegar', 'wax', 'woke',
    ),
    '85d3b85b2f41a980': ('bled', 'bleed', 'blood', 'dripping', 'gushing', 'pouring',),
    '8705f2119dc2d56c': (
        'bigger', 'creeping', 'crept', 'doubled', 'expanding', 'extended', 'extending', 'getting', 'going',
        'gone', 'growing', 'hotter', 'larger', 'more', 'moved', 'moving', 'reached', 'redder', 'size', 'spread',
        'swollen', 'times', 'travel', 'tripled', 'wice', 'width', 'worse',
    ),
    '8734c64e3666f724': (
        'hard', 'knot', 'lump', 'nodule', 'puff', 'swelled', 'swelling', 'swells', 'swolen', 'swollen',
    ),
    '8fb2391f48946b94': (
        'black', 'blind', 'dark', 'double', 'everything', 'eye', 'flashes', 'gray', 'grey', 'see', 'shadows',
        'sight', 'spots', 'stars', 'vision',
    ),
    '92fdbdd413019ec6': ('breath', 'closing', 'mouth', 'swallow', 'throat', 'tongue', 'voice', 'wheez',),
    '945f996bf00b9706': (
        'bigger', 'black', 'bleeding', 'blue', 'blurry', 'border', 'breaking', 'brown', 'changed', 'changes',
        'changing', 'colors', 'colours', 'crusting', 'doubled', 'edge', 'etting', 'fuzzy', 'gray', 'grew',
        'grey', 'grown', 'grows', 'irregular', 'jagged', 'larger', 'light', 'oozing', 'opening', 'pink',
        'purple', 'ragged', 'red', 'rowing', 'scabbing', 'shape', 'spreading', 'tan', 'ulcerat', 'uneven',
        'white',
    ),
    '94f4df2c10732d4a': (
        'air', 'anaphyla', 'barely', 'breath', 'closing', 'constrict', 'epi-pen', 'epipen', 'fight', 'gasping',
        'hardly', 'only', 'straining', 'struggling', 'swallow', 'throat', 'tight', 'wheez',
    ),
    '95d7ecdd53cb3104': (
        'chill', 'fever', 'flu', 'hard', 'hot', 'hurt', 'pain', 'shiver', 'smell', 'sore', 'spreading',
        'streak', 'swelling', 'swollen', 'throb', 'warm', 'worse',
    ),
    '9643007ba6a01d7c': (
        'abscess', 'crust', 'discharge', 'green', 'leak', 'ooz', 'pus', 'weep', 'white', 'yellow',
    ),
    '9780777482bd91e7': ('bled', 'bleed', 'blood', 'gush', 'spurt',),
    '9f5273957793007e': ('want',),
    'a1b23afa6dd2c18b': ('bleed',),
    'a2806f67695ee420': ('bump', 'freckle', 'growth', 'lesion', 'lump', 'mole', 'patch', 'spot',),
    'a397dc26d83289b5': (
        'ache', 'agonising', 'agonizing', 'agony', 'awful', 'bigger', 'burn', 'coming', 'crust', 'discharg',
        'doubled', 'drain', 'dripping', 'excruciating', 'getting', 'growing', 'hard', 'hurt', 'intense', 'knot',
        'larger', 'leak', 'lump', 'nodule', 'ooz', 'pain', 'puff', 'redder', 'seep', 'severe', 'sore',
        'spreading', 'sting', 'swelled', 'swelling', 'swells', 'swolen', 'swollen', 'tender', 'throb',
        'unbearable', 'weep', 'worse', 'worst',
    ),
    'a6cbe101d73761c8': ('bleeding', 'blood', 'coming', 'dripping', 'everywhere', 'oozing', 'running',),
    'a98222e9e7607c6a': (
        'bled', 'bleed', 'breaking', 'bursting', 'cracking', 'heal', 'months', 'open', 'splitting', 'weeks',
        'years',
    ),
    'ae2286d4ea7fc702': (
        'accutane', 'acid', 'alcohol', 'allerg', 'antibiotic', 'artery', 'balm', 'belotero', 'benzoyl',
        'bleach', 'bottle', 'cannula', 'capsule', 'cream', 'doxycycline', 'drops', 'emla', 'filler', 'flip',
        'gel', 'glycolic', 'hives', 'hydroquinone', 'injectable', 'injected', 'injection', 'jab', 'jar',
        'juvederm', 'juvéderm', 'laser', 'lidocaine', 'liquid', 'lotion', 'mask', 'medication', 'medicine',
        'meds', 'minoxidil', 'mix', 'numbing', 'oil', 'ointment', 'paste', 'patch', 'peel', 'peroxide', 'pill',
        'powder', 'procedure', 'product', 'radiesse', 'reaction', 'restylane', 'retin', 'rhinoplasty',
        'salicylic', 'sample', 'sculptra', 'serum', 'sheet', 'soap', 'solution', 'spironolactone', 'spray',
        'sunscreen', 'syringe', 'tablet', 'tca', 'teosyal', 'toner', 'tonic', 'treatment', 'trough', 'tube',
        'vein', 'vessel', 'vinegar', 'vitamin', 'wash', 'witch',
    ),
    'ae4ea19a51b83e7d': ('attack', 'chest',),
    'b0af4d4d1b7ddee6': ('expanding', 'getting', 'growing', 'line', 'moving', 'spread', 'streak', 'stripe',),
    'b144fc34db883473': ('disappear', 'done', 'never', 'point', 'reason', 'sick', 'sleep', 'tired', 'want', 'way',),
    'bba786cae36477f9': (
        'anti-coagula', 'anticoagula', 'apixaban', 'blood', 'clopidogrel', 'coumadin', 'dabigatran', 'eliquis',
        'enoxaparin', 'heparin', 'lovenox', 'plavix', 'pradaxa', 'rivaroxaban', 'warfarin', 'xarelto',
    ),
    'bd239a0fbd445d53': (
        'awake', 'black', "can't", 'cant', 'chest', 'collaps', 'confus', 'convuls', 'dizz', 'droop', 'drowsy',
        'faint', 'falling', 'had', 'hard', 'headache', 'headed', 'heart', 'making', 'metallic', 'nodding',
        'numb', 'out', 'pass', 'ringing', 'seizure', 'slurr', 'speech', 'spinning', 'stiff', 'taste', 'threw',
        'throwing', 'twitches', 'twitching', 'twitchy', 'unresponsive', 'vomit', 'weak',
    ),
    'c0e21648dbdd9f5d': ('blue', 'nowhere', 'sudden',),
    'c43a250d90d4b0e6': ('burning', 'feel', 'like',),
    'c74ce3d7ccc0fb32': ('birthmark', 'mole',),
    'ce55282d6334cb4a': (
        'belongings', 'collected', 'collecting', 'decided', 'going', 'gonna', 'goodbye', 'hoarded', 'hoarding',
        'life', 'lined', 'once', 'overdosed', 'overdosing', 'plan', 'possessions', 'purpose', 'rather', 'ready',
        'saved', 'saving', 'stashed', 'stashing', 'stockpiled', 'stockpiling', 'stuff', 'suicide', 'swallow',
        'take', 'taking', 'things', 'thinking', 'took', 'wanna', 'want', 'without',
    ),
    'd06caf9329c9812f': (
        'burning', 'burns', 'dripped', 'fire', 'get', 'got', 'migrated', 'ran', 'rolled', 'seeped', 'spilled',
        'splashed', 'went',
    ),
    'd08e60002d242aa5': (
        'bleeding', 'coming', 'dripping', 'flowing', 'held', 'holding', 'oozing', 'pinch', 'pouring', 'press',
        'running', 'seeping', 'spurt', 'still', 'stop',
    ),
    'd1da5e4c630c49c2': (
        'acid', 'bleach', 'chemical', 'cream', 'fluid', 'glycolic', 'lemon', 'liquid', 'lotion', 'peel',
        'product', 'retinol', 'salicylic', 'serum', 'solution', 'splash', 'spray', 'tca', 'vinegar',
    ),
    'd715787dbce871c1': (
        'accutane', 'acid', 'alcohol', 'antibiotic', 'balm', 'benzoyl', 'bleach', 'bottle', 'capsule', 'cream',
        'doxycycline', 'drops', 'gel', 'glycolic', 'hydroquinone', 'jar', 'lidocaine', 'liquid', 'lotion',
        'mask', 'medication', 'medicine', 'meds', 'minoxidil', 'mix', 'numbing', 'oil', 'ointment', 'paste',
        'patch', 'peel', 'peroxide', 'pill', 'powder', 'product', 'retin', 'salicylic', 'sample', 'serum',
        'sheet', 'soap', 'solution', 'spironolactone', 'spray', 'sunscreen', 'tablet', 'tca', 'toner', 'tonic',
        'tube', 'vinegar', 'vitamin', 'wash', 'witch',
    ),
    'dc0d04c369fea942': (
        'artery', 'belotero', 'botox', 'cannula', 'dysport', 'filler', 'flip', 'inject', 'jab', 'juvederm',
        'juvéderm', 'kybella', 'needle', 'nose', 'pdo', 'prp', 'radiesse', 'restylane', 'rhinoplasty',
        'sculptra', 'syringe', 'teosyal', 'trough', 'vein', 'vessel', 'xeomin',
    ),
    'dc1bea0347a132ba': ('anaesthetic', 'anesthetic', 'benzocaine', 'emla', 'lidocaine', 'numbing', 'prilocaine',),
    'dd66c8909bc5dff3': (
        'blemish', 'bump', 'freckle', 'growth', 'lesion', 'lump', 'mark', 'mole', 'nodule', 'patch', 'pearly',
        'scab', 'scar', 'shiny', 'sore', 'spot', 'ulcer', 'waxy',
    ),
    'ddcc8c6377861dc1': ('bled', 'bleed', 'blood', 'gush',),
    'dec25476684aea8f': ('letter', 'note',),
    'e1ce1fefa1f3fde4': (
        'accutane', 'acid', 'alcohol', 'anaesthetic', 'anesthetic', 'antibiotic', 'arm', 'artery', 'balm',
        'belotero', 'benzoyl', 'bleach', 'botox', 'bottle', 'cannula', 'capsule', 'cheek', 'chest', 'chin',
        'clinic', 'co2', 'compress', 'cream', 'cryo', 'derm', 'device', 'doxycycline', 'drops', 'dry',
        'excision', 'eye', 'face', 'filler', 'forehead', 'fraxel', 'gel', 'glycolic', 'graft', 'hydroquinone',
        'inject', 'ipl', 'jab', 'jar', 'jaw', 'jessner', 'kit', 'laser', 'leg', 'lidocaine', 'lip', 'liquid',
        'lotion', 'mask', 'medication', 'medicine', 'meds', 'minoxidil', 'mix', 'mouth', 'neck', 'needl',
        'nitrogen', 'nose', 'numbing', 'oil', 'ointment', 'paste', 'patch', 'peel', 'peroxide', 'phenol',
        'pill', 'powder', 'procedure', 'product', 'prp', 'radiesse', 'remedy', 'restylane', 'retin', 'revision',
        'rhinoplasty', 'salicylic', 'sample', 'scar', 'sculptra', 'sedation', 'serum', 'session', 'sheet',
        'shot', 'skin', 'soap', 'solution', 'spironolactone', 'spray', 'stitch', 'subcision', 'sunscreen',
        'surgery', 'syringe', 'tablet', 'tca', 'teosyal', 'throat', 'toner', 'tongue', 'tonic', 'transfer',
        'treatment', 'trough', 'tube', 'vein', 'vessel', 'vinegar', 'vitamin', 'wash', 'witch', 'wound',
    ),
    'e1fe647c1aa1be20': (
        'cope', 'disappear', 'done', 'give', 'hopeless', 'longer', 'more', 'nothing', 'point', 'ready', 'time',
        'tired', 'way', 'whats',
    ),
    'e29b0a06aa334d32': (
        'bigger', 'black', 'bled', 'bleed', 'changed', 'changes', 'changing', 'grew', 'grow', 'heal',
        'irregular', 'larger', 'pearly', 'shiny', 'spreading', 'ulcer', 'waxy',
    ),
    'e3537dc52eea6faa': (
        'ballooned', 'ballooning', 'blew', 'blown', 'puffed', 'puffing', 'swell', 'swolen', 'swollen',
    ),
    'e49aad0e0b375760': (
        'bled', 'bleed', 'blood', 'clot', 'dripping', 'everywhere', 'gushing', 'pouring', 'pumping', 'running',
        'soaked', 'soaking', 'spurting', 'squirting', 'streaming', 'through',
    ),
    'e4b3c99c3b548242': ('before', 'better', 'cover', 'getting', 'morning', 'spread', 'streak', 'yesterday',),
    'e6169b5e1280adfe': ('hard', 'hot', 'pain', 'red', 'swell', 'swollen', 'warm',),
    'e689e11231f5bfaa': (
        'bleed', 'changed', 'changes', 'changing', 'crusting', "doesn't", 'doesnt', 'heal', 'never', 'opening',
        'wont',
    ),
    'e92fedd31e486b18': (
        'away', 'blade', 'cheeks', 'cutter', 'face', 'knife', 'lighter', 'nothing', 'off', 'out', 'razor',
        'sandpaper', 'scalpel', 'scars', 'scissors', 'skin',
    ),
    'f0746eac34bc29d4': ('keloid', 'scar',),
    'fb3f5b754c657384': ('found', 'lips', 'mouth', 'tongue',),
    'fb50405e5de6e86b': (
        'ache', 'agonising', 'agonizing', 'agony', 'awful', 'brownish', 'burn', 'cloudy', 'colored', 'coloured',
        'coming', 'excruciating', 'foul', 'getting', 'green', 'hot', 'hurt', 'intense', 'milky', 'murky',
        'pain', 'pouring', 'pus', 'radiating', 'rotten', 'severe', 'smell', 'sore', 'sting', 'stink', 'tender',
        'throb', 'touch', 'unbearable', 'warm', 'worst', 'yellow',
    ),
}
