"""The words of a measure's title, the quantities among them, and the vocabulary the readings of
:mod:`planlint.measures` and its topic modules share."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache
from itertools import dropwhile, takewhile
from typing import NamedTuple

from planlint.limits import MAX_WORDED
from planlint.model import Metric
from planlint.patterns import LazyPattern
from planlint.timeline import final_target

#: Number words that state how many a count counts ("a" and "an" only name one thing).
COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
}

#: Numbers written in words in the other languages plans are written in (French,
#: Spanish, Portuguese, German, Italian, Dutch), read as their figures wherever digits are
#: (``recruter cinq personnes`` as ``recruter 5 personnes``), as in English the figure of
#: a count is its number word (``Hire two engineers``). Left out: the words for one, which
#: are articles too (``un``, ``una``, ``ein``), and those that are English or other words
#: as well (``six``, ``sept``, ``once``, ``due``, ``dos``, ``doze``, ``otto``, ``elf``).
_FOREIGN_NUMBERS = {word: str(value) for value, words in {
    2: "deux dois duas zwei twee", 3: "trois tres três drei tre drie",
    4: "quatre cuatro quatro vier quattro", 5: "cinq cinco fünf cinque vijf",
    6: "seis sechs sei zes", 7: "siete sete sieben sette zeven",
    8: "huit ocho oito acht", 9: "neuf nueve nove neun negen",
    10: "dix diez dez zehn dieci tien", 12: "douze doce zwölf dodici twaalf",
    15: "quinze quince fünfzehn quindici vijftien",
    20: "vingt veinte vinte zwanzig venti twintig",
}.items() for word in words.split()}

#: Nouns that name a deliverable by the work that makes it ("Migration of membership to
#: the new CRM", "Completion of formalized governance agreements"), among them an
#: evaluation or assessment, whose report is what it yields ("Evaluation of change in
#: habitat extent and quality over time", an assessment programme's benefit column); an
#: analysis is one too, read by ``_DELIVERABLE`` however it is qualified or joined to what
#: it yields ("Comprehensive analysis of current & future coverage", "Analysis &
#: recommendations for modifications to current fee structures").
DELIVERABLE_NOUNS = (
    "completion of", "migration of", "implementation of", "creation of", "adoption of",
    "establishment of", "introduction of", "launch of", "rollout of", "delivery of",
    "publication of", "evaluation of", "assessment of",
)
#: Verbs of delivery in French, in the infinitive a key result opens with (``documenter
#: nos processus dans un manuel accessible à tous``, ``faire passer le MOOC à l'ensemble
#: des Fabriquants``, ``mettre en place un outil de suivi``): read as the English verbs of
#: delivery are, a deliverable done or not. Those that count things in English as well
#: (``_FRENCH_COUNT_VERBS``) count them when a number follows (``recruter cinq
#: personnes``, ``publier 3 articles``), as ``Hire two engineers`` does.
_FRENCH_DELIVERY_VERBS = (
    "documenter", "publier", "rédiger", "créer", "lancer", "déployer", "livrer", "signer",
    "migrer", "recruter", "organiser", "concevoir", "développer", "construire", "ouvrir",
    "adopter", "définir", "finaliser", "formaliser", "valider", "mettre en place",
    "mettre en production", "mettre en ligne", "mettre en œuvre", "mettre en oeuvre",
    "faire passer", "faire adopter", "faire valider", "faire homologuer",
)
_FRENCH_COUNT_VERBS = (
    "publier", "rédiger", "créer", "lancer", "livrer", "signer", "recruter", "organiser",
    "construire", "ouvrir",
)
#: Nouns that name a deliverable by the work that makes it in Portuguese and Spanish,
#: opening a title as ``Publication of`` does (``Publicação do Plano``, ``Atualização
#: final com a execução das iniciativas``, a milestone's target in words): read as the
#: English verbs and nouns of delivery are, a deliverable done or not. As there, a title
#: that states a quantity, a rate or a figure of more than one is not read so.
_FOREIGN_DELIVERABLE_NOUNS = (
    "publicação", "atualização", "elaboração", "implantação", "implementação", "criação",
    "aprovação", "conclusão", "lançamento", "publicación", "actualización", "elaboración",
    "implantación", "implementación", "creación", "aprobación", "conclusión", "lanzamiento",
)
MILESTONE_VERBS = (
    "launch", "publish", "release", "ship", "complete", "finish", "implement", "deploy",
    "deliver", "establish", "create", "develop", "build", "design", "introduce", "roll out",
    "set up", "stand up", "adopt", "finalize", "finalise", "define", "draft", "document",
    "migrate", "open", "sign", "hire", "appoint", "recruit", "issue", "award", "approve",
    "submit", "conduct", "hold", "convene", "update", "revise", "procure", "obtain", "secure",
    "pass", "pilot", "replace", "retire", "sunset", "decommission", "remove", "consolidate",
    "integrate", "automate", "standardize", "standardise", "go live", "kick off", "start",
    "begin", "move", "transition", "onboard", "announce", "hire and onboard", "identify",
    "select", "negotiate", "renew", "execute", "produce", "write", "prepare", "map",
    "redesign", "rebuild", "refresh", "upgrade", "install", "train", "run", "host",
    "refine", "rewrite", "support the launch of", "finalise and publish", "add", "decide",
    "change", "successfully implement", "successfully develop", "successfully launch",
    "successfully complete", "successfully deliver",
    "organize", "organise", "reorganize", "reorganise", "restructure", "formalize",
    "formalise", "validate", "test", "evaluate", "assess", "review", "measure",
    "complete and publish",
    "merge", "made a", "made an", "schedule", "perform", "setup",
    "include", "enable", "provide", "make", "become", "educate", "explore",
    "investigate", "offer", "help", "work with", "encourage", "extend", "agree",
    "explain", "inspect", "classify", "bring in", "participate in",
    # the verb, told from the adjective by the article after it (``Open-source the
    # networking backend``, not ``Open-source contributions``)
    "open-source the", "open source the", "open-source our", "open source our",
    *DELIVERABLE_NOUNS, *_FRENCH_DELIVERY_VERBS, *_FOREIGN_DELIVERABLE_NOUNS,
)
#: The one-word verbs of delivery, which after the things a title names say what each of
#: them does (``Schools design improvement plans``).
DELIVERY_VERBS = frozenset(verb for verb in MILESTONE_VERBS if " " not in verb) \
    - frozenset(_FOREIGN_DELIVERABLE_NOUNS)
COUNT_VERBS = (
    "hire", "recruit", "onboard", "sign", "close", "win", "land", "acquire", "add", "publish",
    "ship", "release", "launch", "run", "conduct", "hold", "host", "complete", "deliver",
    "train", "interview", "create", "write", "build", "open", "certify", "enroll", "enrol",
    "graduate", "secure", "book", "generate", "raise", "obtain", "award", "place", "plant",
    "produce", "deploy", "implement", "perform", "visit", "attract", "serve", "engage",
    "get", "onboard", "convert", "resolve", "fix", "migrate", "pilot", "support", "fund",
    "distribute", "inspect", "repair", "replace", "install", "issue", "process", "present",
    "organize", "organise", "contact", "reach out to", "sell", "retain", "provide", "equip",
    "rehouse", "prevent", "describe", "connect", *_FRENCH_COUNT_VERBS,
)
#: The ``-ing`` forms of the verbs of delivery (``Bringing in``, ``Establishing``), each
#: with its verb's first word, which a title opens with as it opens with the verb.
_MILESTONE_GERUNDS = {form: first for first in {verb.split()[0] for verb in MILESTONE_VERBS}
                      for form in (first + "ing", first.removesuffix("e") + "ing",
                                   first + first[-1] + "ing")}
_DONE_ENDINGS = (
    "launched", "published", "released", "shipped", "completed", "complete", "implemented",
    "deployed", "delivered", "established", "created", "developed", "built", "designed",
    "introduced", "rolled out", "set up", "stood up", "adopted", "finalized", "finalised",
    "defined", "drafted", "documented", "migrated", "opened", "signed", "hired", "appointed",
    "issued", "awarded", "approved", "submitted", "conducted", "held", "in place", "live",
    "done", "achieved", "obtained", "secured", "passed", "ready", "operational", "in use",
    "agreed", "underway", "under way", "started", "begun", "replaced", "retired", "merged",
    "scheduled", "stored", "switched", "integrated", "installed", "enabled", "available",
)
#: A thing delivered, then where it now is (``Support deployed in InvenioRDM LTS``, ``First
#: copy stored in Vitam``, ``Phabricator switched to read-only``).
_DONE_AT = LazyPattern(
    r"^(?:\S+ ){1,5}(?:deployed|stored|migrated|switched|integrated|installed|published|"
    r"released|launched|implemented|adopted|approved|signed|established|scheduled|enabled|"
    r"available|moved|set up|rolled out) (?:in|into|to|on|at|with|for|across|within|via)\b")
#: The same in the other languages plans are written in (Portuguese, Spanish, French):
#: the name of one thing, then the participle that says it is delivered, in
#: the singular, at the end or before where or by whom (``Política de enfrentamento da
#: evasão aprovada nas instâncias pertinentes``, ``Plan de formación aprobado``,
#: ``Charte adoptée par le conseil``): a deliverable done or not. A plural participle
#: (``cursos criados``) names what a count counts, as in English.
_FOREIGN_DONE_AT = LazyPattern(
    r"^(?:\S+ ){1,8}(?:(?:aprovad|implantad|implementad|criad|publicad|instituíd|instituid|"
    r"concluíd|concluid|elaborad|formalizad|validad|aprobad|cread|establecid)[oa]|"
    r"(?:adopté|approuvé|publié|créé|validé)e?|mise? en (?:place|œuvre|oeuvre))"
    r"(?: (?:em|n[oa]s?|pel[oa]s?|por|até|antes|en|par|dans|aux?|à|avant)\b.*)?$",
    needs=("aprovad", "implantad", "implementad", "criad", "publicad", "instituíd",
           "instituid", "concluíd", "concluid", "elaborad", "formalizad", "validad",
           "aprobad", "cread", "establecid", "adopté", "approuvé", "publié", "créé", "validé",
           "en place", "en œuvre", "en oeuvre"))
#: A thing said to be done by a time (``Recruitment program operational by Q4, with…``,
#: ``Risk report delivered to the CRR team by Q2``): a deliverable with its deadline.
DONE_BY = LazyPattern(
    r"\b(?:" + "|".join(map(re.escape, (*_DONE_ENDINGS, "relaunched", "validated"))) +
    r")(?: \S+){0,8}? by (?:(?:the )?end of\b|q[1-4]\b|h[12]\b|fy\s?\d|(?:19|20)\d\d\b|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b)")
#: Participles that, before the singular name of a thing, say it is delivered
#: (``Published standard for SWHID``, ``Written specification``) or got (``Obtained an
#: unmodified financial audit``, ``Received ... Achievement of Excellence Award``); before
#: a plural they name what a count counts (``Published papers``, ``Received calls``).
_DONE_FIRST = ("published", "written", "signed", "approved", "adopted", "completed",
               "documented", "implemented", "deployed", "launched", "released", "established",
               "delivered", "operational", "obtained", "received", "secured", "earned")
#: Words after which a number is a target ("to 50", "above 2%").
TARGET_WORDS = ("to", "reach", "reaches", "reaching", "above", "below", "under", "over",
                "at least", "at most", "no more than", "less than", "more than", "fewer than",
                "greater than", "exceed", "exceeds", "exceeding", "of at least", "within",
                ">=", "<=", ">", "<", "≥", "≤", "maintain", "maintain at", "keep at",
                "hold at", "sustain", "achieve", "hit", "attain", "target of", "target",
                "goal of", "by")
LEVEL_START = ("maintain", "keep", "sustain", "preserve")
#: Nouns that name a measure as a change of a level (``Reduction in energy use``).
CHANGES = ("reduction", "reductions", "growth", "improvement", "decline", "rise", "change")
#: Opening verbs that ask a measure to rise, or to fall.
RISE = ("increase", "grow", "raise", "improve", "boost", "expand", "double", "triple",
        "maximize", "maximise", "accelerate")
FALL = ("reduce", "decrease", "cut", "lower", "shrink", "halve", "minimize", "minimise",
        "eliminate", "lessen")
_DELIVERABLE = LazyPattern(
    r"\b(?:ready for|in production|in general availability|generally available|signed off|"
    r"(?:on|in) (?:trunk|master)$|"
    r"up and running|go live|go-live|(?:plans?|strategy|strategies|roadmaps?|proposals?|"
    r"frameworks?|playbooks?|charters?|business cases?|sections?|chapters?|guides?) "
    r"(?:for|to|on|detailing|describing)|certification|accreditation|designation|award|"
    # a status the organisation holds, kept or not (``The Service fulfils its status as a
    # Disability Confident employer``), as an accreditation is
    r"\b(?:its|our|their) status as (?:an?|the)\b|"
    r"(?:are|is) live|(?:completed|defined|migrated|approved|adopted|implemented) and|"
    r"(?:is|are) (?:now )?(?:documented|published|defined|approved|adopted|implemented|"
    r"deployed|established|released|launched|merged|automated|in place)|"
    r"(?:will|shall) (?:not )?be \w+(?:ed|en)|"
    r"^(?:weekly|biweekly|monthly|quarterly|annual|yearly) (?:\S+ ){0,4}(?:drives|meetings|"
    r"reviews|summits|town halls|workshops|webinars|retreats|offsites)(?=\.?$)|"
    # the same events held so many times a period, the frequency opening the title
    # (``Twice a year, facilitate a community feedback session``)
    r"^(?:once|twice|(?:two|three|four|\d+) times) (?:a|per|each|every) (?:week|month|"
    r"quarter|year) (?:\S+ ){1,4}?(?:drives?|meetings?|reviews?|summits?|town halls?|"
    r"workshops?|webinars?|retreats?|offsites?|sessions?)\b|"
    r"^(?:\S+ ){1,3}to (?:start|begin|launch|complete|deliver|ship|publish|finish|"
    r"implement|release|deploy)(?: work on)?|"
    # a release named by its stage (``Beta release of Automatic Chess``, ``Alpha release
    # of Squad Games``): out, or not
    r"^(?:(?:first|initial|public|private|closed|open) )?(?:alpha|beta|stable) release\b|"
    # a study named by the work that yields its report, however qualified or joined
    # (``Comprehensive analysis of current & future coverage``, ``Analysis &
    # recommendations for modifications to current fee structures``, ``Consideration &
    # evaluation for expansion``)
    r"^(?:comprehensive |detailed |full |independent )?(?:analysis|analyses|consideration|"
    r"evaluation|assessment)(?: (?:and )?(?:recommendations|evaluation|options|plan|"
    r"assessment))? (?:of|for|on)\b)\b")
#: Things a piece of work produces, which a title that names one (``User guide``, ``Litmus
#: Cookbook``, ``Joint blog with other vendors``, ``Policy on data retention``) delivers:
#: done or not, with no level to measure.
ARTEFACTS = frozenset((
    "guide", "guides", "cookbook", "handbook", "manual", "tutorial", "tutorials", "blog",
    "blogs", "whitepaper", "paper", "report", "policy", "policies", "charter", "playbook",
    "roadmap", "website", "webpage", "page", "portal", "app", "prototype", "poc", "demo",
    "mockup", "mockups", "specification", "spec", "template", "templates", "toolkit",
    "library", "module", "plugin", "operator", "repository", "repositories", "docs",
    "documentation", "list", "inventory", "catalogue", "catalog", "checklist", "mirror",
))
#: Words that say what a thing named before them is about or for.
ABOUT = frozenset(("on", "of", "for", "about", "with", "w/", "by", "from", "to", "in",
                   "at", "into"))
#: Past participles that, after a plural noun, say what a count counts.
COUNTED = {
    "issued", "filed", "completed", "received", "processed", "conducted", "attempted",
    "registered", "inspected", "planted", "served", "answered", "resolved", "made",
    "performed", "opened", "closed", "submitted", "approved", "granted", "held", "hosted",
    "trained", "enrolled", "placed", "collected", "removed", "repaired", "installed",
    "visited", "recorded", "reported", "tested", "screened", "delivered", "produced",
    "published", "awarded", "hired", "signed", "sold", "booked", "generated", "created",
    "built", "launched", "added", "acquired", "won", "paved", "cleaned", "treated", "seen",
    "admitted", "discharged", "vaccinated", "housed", "assisted", "equipped", "investigated",
    "prosecuted", "funded", "supported", "shipped", "released", "onboarded", "recruited",
    "distributed", "responded", "handled", "logged", "abated", "cited", "demolished",
    "rehabilitated", "constructed", "replaced", "restored", "maintained", "mowed", "swept",
    "determined", "run",
    "completing", "attending", "receiving", "enrolling", "graduating", "participating",
    "using", "registering", "visiting", "done",
}
#: Participles of comparison, which say what a figure is set against (``GHG emissions
#: compared to 2005``), not what was done to the things a title names.
_COMPARED = frozenset(("compared", "relative", "indexed", "normalised", "normalized",
                       "adjusted", "benchmarked", "weighted",
                       # and a state they are in, of which a share may as well be meant
                       # (``Riders satisfied with their trip``)
                       "satisfied", "dissatisfied", "engaged", "employed", "unemployed",
                       "qualified", "insured", "uninsured", "informed", "involved",
                       "interested", "motivated", "pleased", "prepared", "connected"))
#: Words that open a relative clause on the things a title names (``People who used…``).
WHO = frozenset(("who", "that", "which", "whom"))
#: Auxiliaries before a participle in such a clause (``People who had experienced…``).
HAD = frozenset(("had", "have", "has", "were", "was"))
#: Plural nouns that name an amount, not things to count (``Annual GHG emissions``).
AMOUNTS = frozenset(("emissions", "savings", "earnings", "revenues", "resources", "funds",
                     "costs", "expenditures", "expenses", "proceeds", "assets", "reserves",
                     "losses", "profits", "returns", "benefits", "levels", "outcomes",
                     "results"))
#: Words ending in ``s`` that are no plural nouns.
NOT_PLURAL = frozenset(("this", "does", "goes", "thus", "plus", "whereas", "always",
                        "perhaps", "towards", "besides", "afterwards"))
#: Verbs ending in ``s``, the auxiliaries of a sentence above all (``WRI Mexico has
#: supported the implementation of...``): never the things a title counts.
_VERB_FORMS = frozenset(("has", "was", "is", "does", "goes"))
HEAD_REACH = 6  # words at a title's opening where the noun heading it may stand
#: Words that say a measure counts harm, loss or delay, of which less is better.
_HARMS = LazyPattern(
    r"\b(?:time taken|average time|(?:response|processing|waiting|turnaround) times?|"
    r"time to (?:decide|process|respond|resolve|answer|repair|complete)|cost per|"
    r"breach|breaches|incidents?|complaints?|infections?|bacteraemias?|mrsa|falls?|"
    r"deaths?|mortality|fatalit(?:y|ies)|injur(?:y|ies)|accidents?|collisions?|errors?|"
    r"defects?|outages?|leavers|attrition|turnover|vacanc(?:y|ies)|crimes?|assaults?|"
    r"ulcers?|harm|never events?|waits?|waited|waiting|backlog|delays?|overdue|absence|"
    r"sickness|emissions?|spills?|leaks?|violations?|churn|downtime|left|leaving|"
    # disease as what is counted: its incidence, or a rate, its cases or outbreaks of it
    # (``Rates per 100,000 of key infectious diseases``), not work on it (``disease
    # guidance updated``, ``Chronic Disease Infobase``)
    r"incidence|(?:rates?|cases|outbreaks?|prevalence) (?:[^.;()]{0,30} )?of "
    r"(?:[^.;()]{0,30} )?(?:diseases?|illness(?:es)?)|"
    # offenders who offend again: rearrested, reconvicted, reincarcerated
    r"recidivism|re-?offend(?:ing|ers?|s|ed)?|re-?arrests?(?:ed)?|re-?convict(?:ions?|ed)|"
    r"re-?incarcerat(?:ion|ed)|felon(?:y|ies)|misdemeanou?rs?|"
    # a supply cut off: power or service interrupted, the outage's length or number
    r"interrupt(?:ions?|ed)(?!-free)|disrupt(?:ions?|ed)|blackouts?|(?:power|supply) cuts?|"
    r"without (?:power|supply|electricity|water)|off supply|"
    # use of a health risk: tobacco or alcohol taken, not a service to stop it, smokers
    # who quit or are helped to, a place free of it or an alarm of fire
    r"(?<!stop )(?<!quit )smok(?:e|es|ing|ers?)\b(?![- ]?free| cessation| services?| "
    r"alarms?| detectors?|[^.;]*\b(?:quit|stop|cessation))|"
    r"(?:tobacco|alcohol) (?:use|consumption|intake)|"
    r"(?:use[sd]?|consume[sd]?|drinks?|drank) (?:tobacco|alcohol)|"
    # a percentile of a time or a stay: the time within which nine in ten cases are done
    # (``90th percentile ambulance offload time``, ``90th percentile ED length of stay``),
    # not a percentile of anything else (``BMI >= 95th percentile for age/sex``)
    r"\d+(?:st|nd|rd|th) percentile (?:[^.;()]{0,60} )?(?:times?|length of stay|los))\b")
#: A time or delay named in Spanish, Portuguese, French or German at a title's opening,
#: of which less is better: an average time or delay (``Tiempo promedio de espera``,
#: ``Tempo médio de atendimento``, ``Délai moyen de prise en charge``), the time a
#: service takes to answer, deliver or decide (``Tiempo de entrega de resultado por
#: testeo COVID-19``), average days of it (``Días promedio de tramitación``), or a
#: waiting or processing time (``Wartezeit``, ``Bearbeitungsdauer``); not a share of
#: cases seen in a time, which opens with the share (``Pourcentage de patients traités
#: dans un délai…``), nor average days of anything else (``Días promedio de clase``).
_FOREIGN_DELAY = LazyPattern(
    r"(?:tiempos?|tempos?|temps|délais?|delais?|duraci[óo]n|dura[çc][ãa]o|dur[ée]e) "
    r"(?:promedios?|medios?|m[ée]dios?|moyens?|moyenne)\b|"
    r"(?:(?:tiempos?|tempos?|temps|délais?|delais?) (?:promedios? |medios? |m[ée]dios? |moyens? )?"
    r"|(?:días|dias) (?:promedios?|medios?|m[ée]dios?) )"
    r"(?:de |para |do |da |d')(?:la |el |o |a )?"
    r"(?:espera|attente|respuesta|resposta|r[ée]ponse|entrega|atenci[óo]n|atendimento|"
    r"tramitaci[óo]n|tramita[çc][ãa]o|traitement|procesamiento|processamento|"
    r"resoluci[óo]n|resolu[çc][ãa]o|demora|retraso|atraso)\b|"
    r"(?:durchschnittliche )?(?:warte|bearbeitungs|durchlauf|verfahrens)(?:zeit|dauer)(?:en)?\b",
    needs=("tiempo", "tempo", "temps", "délai", "delai", "dur", "días", "dias", "zeit", "dauer"))
#: Words that make a share of harms a share of harms dealt with, of which more is better
#: (``% of incidents resolved at first contact``, ``% reduction in violent crime``).
_REMEDIED = LazyPattern(r"\b(?:resolved|fixed|prevented|closed|cleared|detected|solved|"
                        r"answered|handled|removed|repaired|reduction|reduced|decrease)\b",
    needs=("resolved", "fixed", "prevented", "closed", "cleared", "detected", "solved", "answered",
           "handled", "removed", "repaired", "reduc", "decrease"))
#: A standard of time met (``Assessed within seven days``, ``% waiting less than two
#: weeks``, ``less than 48 hrs wait``): cases dealt with in time, of which more is
#: better, even where the words speak of waiting; not an average or a percentile of the
#: time itself (``Average time to respond within…``).
IN_TIME = LazyPattern(
    r"\b(?:within|less than|under|inside)\s+(?:\d[\d.]*|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+"
    r"(?:working |calendar |business )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|"
    r"\b\d[\d.]*\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+wait\b",
    needs=("within", "less than", "under", "inside", "wait"))
#: A harm named as the service's work on it, the participle right after the noun
#: (``Number of emergency incidents coordinated``, ``Complaints resolved``): an output of
#: the service, which rises with the demand for it, not harm of which less is better.
_DEALT_WITH = LazyPattern(r"\b([a-z]+)\s+(?:coordinated|responded to|attended to|attended|"
                          r"handled|managed|resolved|investigated|cleared|closed|solved|"
                          r"detected|prevented)\b")
_TIME_STATISTIC = LazyPattern(r"\b(?:average|mean|median|percentile|time taken)\b")
#: The words of waiting that a standard of time turns into cases seen in time.
_WAITING = LazyPattern(r"\b(?:(?:waiting|response|processing|turnaround) times?|waits?|"
                       r"waited|waiting|delays?)\b")
_RATIO = LazyPattern(r"\b\d+:\d+\b")
#: The words that name all of a group.
ALL_OF = frozenset(("all", "every", "each"))
#: What makes the word after it a verb (``which may mean asking staff``), not a statistic;
#: ``share`` is one only before ``of`` or at the end (``Renewable energy share``), not
#: before what is shared (``help departments to share what they learn``).
_NOT_VERB = "".join(f"(?<!{word} )" for word in ("may", "might", "can", "could", "will",
                                                  "would", "should", "must", "to", "which"))
#: Words that make a measure of things done a level: a rate, a share, an average.
RATE = LazyPattern(r"%|\b(?:percent|percentage|rate|ratio|share(?= of\b|$)|proportion|"
                   r"average|median|per|index|score|" + _NOT_VERB + r"mean)\b")
#: A measure of how long something takes, opening the title after its label (``Lead time:
#: the time code changes take to go from check-in to release in production``, ``Average
#: time to close a complaint``, ``How long a claim waits``): a duration read over time, a
#: level, whatever deliverable its definition names on the way (``in production``).
DURATION = LazyPattern(
    r"^(?:the )?(?:(?:average|mean|median|lead|cycle|response|waiting|wait|turnaround|"
    r"processing) )?time (?:(?:it|\S+ \S+|\S+) )?(?:takes?|taken|to|from|between|spent)\b|"
    r"^how long\b", needs=("time", "how long"))
IRREGULAR_DONE = {"made", "held", "built", "won", "sold", "seen", "served", "done", "sent",
                  "taught", "written", "run"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
#: Nouns naming people, after which ``over 65`` or ``under 5`` is an age band.
PERSONS = frozenset(("people", "persons", "adults", "children", "men", "women", "girls",
                     "boys", "residents", "patients", "individuals", "seniors", "anyone",
                     "everyone", "those", "youth", "pupils", "students"))
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprint"}
COUNT_REACH = 4  # words after a count's verb where its number may stand
#: A floor a count's number is set as, read as part of the number, not as words before it.
FLOORS = (("at", "least"), ("no", "fewer", "than"))
PHRASE_REACH = 4  # words after a number where the noun it counts may stand
#: Words that end the noun phrase after a number (``5 of the reports``, ``3 by June``).
PHRASE_ENDS = {"of", "in", "on", "at", "by", "to", "for", "from", "with", "per", "and",
               "or", "than", "within", "across", "over", "under", "into", "is", "are"}
#: Words naming a number's label rather than a quantity ("Phase 2", "SOC 2"; a team's
#: numbered iterations, "by the end of Sprint 11", as "Week 3" names a week; a goal by its
#: number, "Goal 3", and so in Portuguese and Spanish, "Publicação do Plano (Meta 9)",
#: "Custo total da meta 67").
_LABELS = {"phase", "version", "release", "level", "tier", "step", "stage", "soc", "iso",
           "gen", "generation", "wave", "type", "part", "chapter", "section", "article",
           "title", "round", "series", "grade", "category", "class", "pillar", "goal",
           "objective", "kr", "priority", "no", "no.", "number", "#", "v", "year", "day",
           "week", "month", "quarter", "fy", "cy", "sy", "ay", "cohort", "district", "ward",
           "region", "zone", "route", "line", "wcag", "covid", "covid-19", "h", "q", "p", "meta",
           "web", "industry", "tranche", "lot", "module", "unit", "floor", "gate",
           "terminal", "building", "rule", "standard", "iso/iec", "nist", "hipaa", "gdpr",
           "band", "bands", "grades", "levels", "tiers", "stages", "key", "ks", "year-group",
           "top", "bottom", "cat", "indicator", "sprint", "iteration"}
#: England's headline school results, named with the score or grade they are read at
#: (the DfE's ``Progress 8`` and ``Attainment 8``, ``Basics at 4+`` for grade 4 or above
#: in English and maths): the number names the measure, as after a label.
_RESULT_NAMES = frozenset(("progress", "attainment", "basics"))
#: Words that name a measure's unit: a share, a rate, money, time, distance, a volume, a
#: rank (a position among what is ranked).
UNIT_WORDS = frozenset((
    "percent", "percentage", "proportion", "ratio", "rate", "per", "usd", "eur", "gbp",
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "cent", "cents", "total",
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "nps", "enps",
    "point", "points", "budget", "revenue", "cost", "spend", "arr", "mrr", "sales",
    "bookings", "pipeline", "mile", "miles", "km", "ton", "tons", "tonne", "tonnes", "kwh",
    "mwh", "acre", "acres", "hectare", "hectares", "gallon", "gallons", "litre", "litres",
    "liter", "liters", "volume", "attendance", "pay", "salary", "salaries", "wage", "wages",
    "spending", "expenditure", "expenditures", "funding", "price", "prices", "income",
    "earnings", "payroll", "retention", "turnover", "headcount", "fte", "wte", "movement",
    "rank", "ranking"))
#: Phrases that name a unit, or a scale everyone reads the same (an app store's rating,
#: out of five stars), or the scale a score is given on (``measured on a 1-to-3 scale``,
#: ``on a scale of 1 to 5``, ``on a 5-point scale``), read in a title's words.
_UNIT_PHRASES = LazyPattern(r"[%$€£¥]|\b(?:number|share|count|amount|volume)(?: and \w+)? of\b|"
                            r"\bhow many\b|\bper cent\b|\b(?:app store|star) ratings?\b|"
                            r"\bon an? \d+ (?:[\w-]+ )?scale\b|\bscale of \d")
#: The same phrases in the other languages plans are written in (French, Spanish,
#: Portuguese, Italian; see :data:`_FOREIGN_NUMBERS`): a number or quantity of
#: things (``Número de cursos``, ``Quantidade de atendimentos``, ``Nombre d'adhérents``)
#: and a rate, percentage or share (``Taxa de evasão``, ``Tasa de empleo``,
#: ``Pourcentage des projets``), each before the word for ``of`` that joins it to what it
#: counts or divides, as ``Number of`` and ``Rate of`` state their unit in English.
_FOREIGN_UNITS = LazyPattern(
    r"\b(?:número|numero|nombre|quantidade|cantidad|quantité|taxa|tasa|taux|tasso|percentual|"
    r"percentagem|porcentagem|porcentaje|pourcentage|percentuale|proporção|proporcao|"
    r"proporción|proporcion|proporzione|parcela) (?:d[aeo]s?|du|del|della|dei|degli|di)\b|"
    r"\b(?:nombre|taux|pourcentage|quantité) d'",
    needs=("número ", "numero ", "nombre", "quantidade ", "cantidad ", "quantité", "taxa ",
           "tasa ", "taux", "tasso ", "percentual ", "percentagem ", "porcentagem ",
           "porcentaje ", "pourcentage", "percentuale ", "proporção ", "proporcao ",
           "proporción ", "proporcion ", "proporzione ", "parcela "))
PLACEHOLDER = LazyPattern(
    r"(?<![\w$])(?:[$€£]\s?[NX]{1,3}(?:\.[NX]+)?(?:\s?(?:[kKmMbB]n?|million|billion))?\b"
    r"|[NXnx]{1,2}(?:\.[NXnx]+)?\s?%|[NX](?:\.[NX]+)?\s?[KMB]\b|[NX]{2,3}\b"
    r"|\[(?:redacted|confidential|[A-Z]{1,3})\])")
#: Abbreviations of ``number`` read as it before ``of``: ``No.``, and ``N°`` (with the
#: degree sign or the ordinal indicator ``º``), as French-, Spanish- and Portuguese-speaking
#: writers and their translators put it (``N° of institutions that improved training``).
_NUMBER_ABBREVIATIONS = frozenset(("no.", "n°", "nº"))
_TOKEN = LazyPattern(
    r"[Nn][°º](?!\w)|"  # "N°": the abbreviation of "number", one word
    # a number joined to the word after it names a kind ("30-day terms", "2-way IT",
    # "a 360-degree review"), not an amount; "10-fold" multiplies and "a 1-off delay"
    # counts
    r"\d+-(?!fold\b|times\b|percent\b|off\b)[a-z]+\b(?!-)|"
    r"\d+(?:st|nd|rd|th)\b|"  # an ordinal ("OWASP 20th celebrations") names, not counts
    # and so does one with the ordinal indicator of Portuguese, Spanish and Italian
    # ("1ª Atualização", "2º semestre")
    r"\d+[ªº](?!\w)|"
    r"[$€£¥]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:k|m|bn|b|mm|million|billion|thousand)\b|%)?|"
    r"[$€£¥]\s?[NX]{1,3}\b|[A-Za-z][\w.'/-]*|[%#<>≥≤]=?|[$€£¥]", re.IGNORECASE)
NUMBER = LazyPattern(r"^[$€£¥]?(\d[\d,]*(?:\.\d+)?)\s?(%|k|m|bn|b|mm|million|billion|"
                     r"thousand)?$", re.IGNORECASE)
#: A number with a dot and no sign, unit or scale (``0.9``, ``1.28``).
_DOTTED = LazyPattern(r"^\d+\.\d+$")
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "b": 1e9,
          "bn": 1e9, "billion": 1e9}
PERIOD = LazyPattern(r"^(?:19|20)\d\d$|^(?:fy|cy|sy|q|h|t)\d{1,4}$|^\d{4}[-/]\d{2,4}$",
                     re.IGNORECASE)
#: A label before a title: a number (``1.2``, ``KR3.``, ``Axe 2 -``), or up to five words
#: and a colon (``KR 1:``, ``Create:``, ``FY24Q2 - Enablement O4:``, a team's or stage's
#: name; ``Objectif 1 :``, with the space French puts before it, when no figure follows).
_LABEL = LazyPattern(r"^(?:(?:kr|o|obj|objective|goal|measure|kpi|m|pm|axe|axis|eje|objectif|"
                     r"objetivo|obiettivo|ziel)?\s*[\d.]*\d[a-z]?\s*[.)\]-]"
                     r"|(?!#|%|(?:number|share|percent(?:age)?) of\b)"
                     r"(?:[^\s:]+\s+){0,4}[^\s:]+(?::|\s:(?=\s+\D))"
                     r"|\d+(?:\.\d+)+(?=\s+(?-i:[A-Z])))\s+",
                     re.IGNORECASE)


class Quantity(NamedTuple):
    """A number the wording states, and the word it follows."""

    value: float
    unit: bool  # a percent or currency sign, or a scale word, comes with it
    after: str  # the lower-cased word before it ("" at the start)
    position: int  # its index among the title's words


def worded(*texts: str | None) -> str:
    """What a rule reads of free texts (titles, descriptions) for their wording: each
    text's first ``MAX_WORDED`` characters, joined by a space, so that a hostile text of
    megabytes costs no more to search than a long one."""
    return " ".join((text or "")[:MAX_WORDED] for text in texts)


def strip_label(text: str) -> str:
    """A title without the label before it (``KR 1.2:``, ``CTO:``, ``1.2``), and with a
    ratio or a time of day (``1:1``, ``10:30``) read as a word, not as quantities."""
    return _stripped(text[:MAX_WORDED])


@lru_cache(maxsize=8192)
def _stripped(text: str) -> str:
    """:func:`strip_label` of a text already cut to ``MAX_WORDED``, kept per distinct
    text (a dozen facts strip the same titles; 20k generated items: 11,588 calls for 803
    texts), so that the cache holds no more than 8,192 short texts however long a
    plan's titles are."""
    return _RATIO.sub("ratio", _LABEL.sub("", " ".join(text.split()), count=1))


def split_words(text: str) -> list[str]:
    """The title's words in lower case, ``#`` read as ``number``, and so are the
    abbreviations ``No.`` and ``N°`` (``Nº``) before ``of`` (``No. of new flats to be
    provided``, ``N° of training course beneficiaries``); a number written in words in
    another language (see :data:`_FOREIGN_NUMBERS`) is read as its figure."""
    tokens = [token.lower() for token in _TOKEN.findall(text, 0, MAX_WORDED)]
    return ["number" if token == "#" or (token in _NUMBER_ABBREVIATIONS
                                         and tokens[position + 1:position + 2] == ["of"])
            else _FOREIGN_NUMBERS.get(token, token)
            for position, token in enumerate(tokens)]


@lru_cache(maxsize=8192)
def title_words(text: str) -> list[str]:
    """:func:`split_words` of a title without its label (:func:`strip_label`), read once per
    distinct title for the several facts that read it: a list kept, not to be changed."""
    return split_words(strip_label(text))


def metric_words(metric: Metric) -> list[str]:
    """:func:`title_words` of a metric's title, else its name."""
    return title_words(metric.title or metric.name or "")


@cache
def _split(phrases: tuple[str, ...]) -> tuple[tuple[str, list[str]], ...]:
    """Each phrase with its words, longest first."""
    return tuple((phrase, phrase.split()) for phrase in sorted(phrases, key=len, reverse=True))


@cache
def _by_word(phrases: tuple[str, ...], at: int) -> dict[str, list[tuple[str, list[str]]]]:
    """:func:`_split`'s phrases by their first word (``at`` 0) or last (-1), longest first:
    words need be compared only with the few phrases that share their first or last word,
    not with every phrase (a list of verbs has a hundred and more)."""
    found: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for phrase, parts in _split(phrases):
        found[parts[at]].append((phrase, parts))
    return dict(found)


def starts_with(words: list[str], phrases: tuple[str, ...]) -> str | None:
    """The longest phrase the words begin with."""
    for phrase, parts in _by_word(phrases, 0).get(words[0], ()) if words else ():
        if words[:len(parts)] == parts:
            return phrase
    return None


def ends_with(words: list[str], phrases: tuple[str, ...]) -> bool:
    return bool(words) and any(
        len(words) >= len(parts) and words[-len(parts):] == parts
        for _, parts in _by_word(phrases, -1).get(words[-1], ()))


def quantities_in(words: list[str]) -> list[Quantity]:
    """The quantities among the words: numbers that are not years, periods or labels."""
    found = []
    skipped = -2  # the position of the last number that is not a quantity
    for position, word in enumerate(words):
        before = words[position - 1] if position else ""
        match = NUMBER.match(word)
        if match is None:
            continue
        after = words[position + 1] if position + 1 < len(words) else ""
        if PERIOD.match(word) or before.rstrip(".") in _LABELS or _defines(before, after) \
                or _result_named(words, position) \
                or (_DOTTED.match(word) and after in WHO) \
                or _version(words, position) or _age_band(words, position) \
                or _scope(words, position) or _radius(words, position) \
                or _sizes_group(words, position) \
                or skipped == position - 1:  # the end of a range of labels ("Bands 8-9")
            skipped = position
            continue
        digits, scale = match.group(1).replace(",", ""), (match.group(2) or "").lower()
        value = float(digits) * _SCALE.get(scale, 1.0)
        has_unit = bool(scale) or word[0] in "$€£¥" or (
            position + 1 < len(words) and words[position + 1] in ("%", "percent"))
        found.append(Quantity(value, has_unit, before, position))
    return found


def _result_named(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` names one of England's headline school results
    (:data:`_RESULT_NAMES`): right after its name (``Progress 8``) or after ``at`` that
    follows it (``Basics at 4+``, the grade it counts pupils at)."""
    before = words[position - 1] if position else ""
    return before in _RESULT_NAMES or (
        before == "at" and position > 1 and words[position - 2] in _RESULT_NAMES)


#: Nouns naming people in Spanish and Portuguese, before ``de`` and an age band
#: (``población de 18 a 64 años``, ``menores de 5 anos``), accented or not, as titles
#: written in capitals drop the accents.
_PERSONAS = frozenset(("población", "poblacion", "personas", "niños", "ninos", "niñas",
                       "ninas", "mujeres", "hombres", "adultos", "jóvenes", "jovenes",
                       "adolescentes", "habitantes", "alumnos", "estudiantes", "menores",
                       "mayores", "população", "populacao", "pessoas", "crianças",
                       "criancas", "idosos", "jovens", "alunos", "maiores"))
#: Words between the ends of a Spanish or Portuguese age band and its ``años``
#: (``de 65 y más años``, ``de 18 años a más``, ``de 60 anos ou mais``).
_BAND_WORDS = frozenset(("a", "y", "e", "o", "ou", "más", "mas", "mais"))


def _age_band(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` is an age that says who a measure counts, not
    an amount it aims at: after ``aged`` (``people aged 65``), or after ``over`` or
    ``under`` that follow a noun naming people (``Socially isolated people over 65
    supported``, ``children under 5``), with no unit of time but years after it; in
    Spanish and Portuguese, after ``de`` that follows a noun naming people, in a band
    that ends in years (``Porcentaje de población de 18 a 64 años de edad``, ``de 65 y
    más años``, ``de 18 años a más``, ``crianças menores de 5 anos``); and the upper end
    of such a band (``aged 12 to 17 years``)."""
    before = words[position - 1] if position else ""
    after = words[position + 1] if position + 1 < len(words) else ""
    if after.rstrip("s") in TIME_UNITS - {"year"} or not words[position].isdigit():
        return False
    return before in ("aged", "ages") or (position > 1 and (
        (before in ("over", "under") and words[position - 2] in PERSONS)
        or (before == "de" and words[position - 2] in _PERSONAS
            and _ends_in_years(words, position + 1))
        or (before in ("to", "and", "a", "y", "e") and _age_band(words, position - 2))))


def _ends_in_years(words: list[str], start: int) -> bool:
    """Whether ``años`` or ``anos`` follows within a Spanish or Portuguese age band's
    next few words: its joining words and its upper end."""
    for word in words[start:start + 4]:
        if word in ("años", "anos"):
            return True
        if word not in _BAND_WORDS and not word.isdigit():
            return False
    return False


def _scope(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` says over how many places a measure counts, not
    an amount it aims at: after ``across`` and before the places, in the plural, in a title
    that names first the things it counts, in the plural, rather than opening with a verb
    (``Commits by Foundation developers across 9 PHP repositories`` counts commits; not
    ``Launch across 5 markets``, which asks for the 5)."""
    before = words[position - 1] if position else ""
    return before == "across" and any(looks_plural(word) for word in noun_phrase(words, position)) \
        and any(looks_plural(word) for word in words[:position - 1]) \
        and starts_with(words, MILESTONE_VERBS + COUNT_VERBS + RISE + FALL
                        + LEVEL_START) is None


#: Words before a number that make it a rank among things, not the version of one
#: (``the top 3``).
_RANKS = frozenset(("top", "bottom", "first", "last", "best", "worst", "next", "leading"))


def _version(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` names the version a deliverable is for: a
    dotted number ending a title that opens with a verb of delivery, after a name rather
    than a word that sets a target (``Include the NDM feature into OpenEBS 0.9``,
    ``Release OpenEBS 1.0``; not ``Raise the rating to 4.5``); or a whole number that
    ends the name of the one thing such a title delivers (``Create a prototype of the
    TinyPilot Voyager 2, with built-in Power over Ethernet``): after ``a``, ``an`` or
    ``the`` and a name, and before the title's end or a word that says what the thing is
    about or has, not before what it would count (``Build a team of 5 engineers``,
    ``Make the top 3 in…``)."""
    word, before = words[position], words[position - 1] if position else ""
    after = words[position + 1] if position + 1 < len(words) else None
    verb = starts_with(words, MILESTONE_VERBS)
    if verb is None or not before.isalpha() or ends_with(words[:position], TARGET_WORDS):
        return False
    if position == len(words) - 1 and _DOTTED.match(word):
        return True
    opened = len(verb.split())
    return word.isdigit() and (after is None or after in ABOUT) \
        and words[opened:opened + 1] in (["a"], ["an"], ["the"]) and position > opened + 2 \
        and before not in ABOUT and before not in _RANKS


#: Superlatives after a number that make it the size of a group ranked by them (``the 10
#: largest districts``); ``most`` and ``least`` do so before the word they grade (``100
#: most populous cities``).
_SUPERLATIVES = frozenset(("largest", "biggest", "smallest", "highest", "lowest", "busiest",
                           "greatest", "richest", "poorest", "oldest", "newest", "best",
                           "worst", "fastest", "slowest", "heaviest", "deadliest", "most",
                           "least"))


#: Nouns that name one collection of cases a measure is taken on (``the 25k Genentech
#: fragment set``, ``the 500-case validation sample``).
_COLLECTIONS = frozenset(("set", "dataset", "suite", "sample", "panel", "cohort",
                          "collection", "corpus", "library"))
#: Prepositions that say a measure is taken on a collection (``RMSE on the … set``).
_TAKEN_ON = frozenset(("on", "over", "across", "against", "in", "from", "for"))


def _sizes_group(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` says how many things a measure is taken over,
    ranked by a superlative before the things in the plural (``Percent of 100 most
    populous cities, counties, etc. using .gov domains``, ``the 10 largest districts``;
    after ``top``, a label, ``top 50 employers`` is one already): it defines the group,
    not an amount the measure aims at; not after a word that sets a target (``Reach 50
    most active contributors``). So does a number that sizes the one collection a measure
    is taken on, after a preposition and ``the`` and at most two words before the
    collection's noun, none of them plural (``OpenFF torsion RMSE on the 25k Genentech
    fragment set reduced``): the size of the benchmark, not a level to reach (not ``the
    10 principles set out``)."""
    if position > 1 and words[position - 1] == "the" and words[position - 2] in _TAKEN_ON \
            and any(word in _COLLECTIONS and not any(map(looks_plural, words[position + 1:at]))
                    and words[at + 1:at + 2] != ["out"]
                    for at, word in enumerate(words[position + 1:position + 4],
                                              position + 1)):
        return True
    after = words[position + 1:position + 2]
    if not after or after[0] not in _SUPERLATIVES or not words[position].isdigit() \
            or ends_with(words[:position], TARGET_WORDS):
        return False
    graded = position + (2 if after[0] in ("most", "least") else 1)
    return any(looks_plural(word) for word in noun_phrase(words, graded)[:2])


def _defines(before: str, after: str) -> bool:
    """Whether a number between these words defines the measure rather than stating an
    amount: a rate's base (``per 1k contacts``), a date (``as of 31 March``), a window
    (``within 12 months``, ``in the last 30 days``)."""
    return before == "per" or after in _MONTHS or before in _MONTHS or (
        before in ("within", "last", "past", "every", "first", "next", "after") and
        after.rstrip("s") in TIME_UNITS)


#: Units of length a distance is given in (``5 miles``, ``500 metres``, ``3 blocks``).
_LENGTH_UNITS = frozenset(("mile", "mi", "km", "kilometer", "kilometre", "meter", "metre",
                           "feet", "foot", "ft", "yard", "yd", "block"))
#: A number joined to ``m`` (``400m``, ``400 m``): metres after ``within``, not millions.
_METRES = LazyPattern(r"^\d[\d,.]*\s?m$")


def _radius(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` is a distance that bounds what a measure counts,
    not an amount it aims at: after ``within``, before a unit of length and ``of`` and the
    place it is measured from (``Percent of Compatible Development within 5 Miles of a
    Base``, ``Residents within 400m of a bus stop``, both numbers of ``within 1/2 mile of
    a park``); not a distance with no place, which a title may ask for (``Cut the
    distance to within 5 miles``)."""
    at = position - 1 if position > 1 and words[position - 1].isdigit() \
        and words[position - 2] == "within" else position
    if at == 0 or words[at - 1] != "within":
        return False
    if _METRES.match(words[at]):
        return words[at + 1:at + 2] == ["of"]
    unit = at + 2 if words[at + 1:at + 2] and words[at + 1].isdigit() else at + 1
    return words[unit:unit + 1] != [] and words[unit].rstrip("s") in _LENGTH_UNITS \
        and words[unit + 1:unit + 2] == ["of"]


def count_after(words: list[str], start: int) -> float | None:
    """How many a count's verb names: the first plain number among the few words after
    it (``Hire two engineers``, ``Launch in 5 markets``, ``Close $2M of new business``,
    ``Equip three million Australians``); a percentage is a level, not a count. A floor
    the number is set as (``at least``, ``no fewer than``) is part of the number, not one of
    the words before it (``Organize quarterly roundtables for at least 5 major
    ecosystems``)."""
    reach = COUNT_REACH + sum(
        len(floor) for index in range(start, start + COUNT_REACH) for floor in FLOORS
        if tuple(words[index:index + len(floor)]) == floor)
    for offset, word in enumerate(words[start:start + reach]):
        if word in COUNT_WORDS:
            scale = words[start + offset + 1:start + offset + 2]
            return float(COUNT_WORDS[word]) * (
                _SCALE[scale[0]] if scale in (["thousand"], ["million"], ["billion"]) else 1)
        match = NUMBER.match(word)
        before = words[start + offset - 1] if start + offset else ""
        after = words[start + offset + 1] if start + offset + 1 < len(words) else ""
        if match is None or PERIOD.match(word) or before in _LABELS or _defines(before, after) \
                or _radius(words, start + offset) or _version(words, start + offset):
            continue
        following = words[start + offset + 1:start + offset + 2]
        if (match.group(2) or "") == "%" or following in (["%"], ["percent"]):
            return None
        return float(match.group(1).replace(",", "")) * _SCALE.get(
            (match.group(2) or "").lower(), 1.0)
    return None


def looks_plural(word: str) -> bool:
    """Whether a word looks like a plural noun (``articles``, not ``class``), or is
    plurals joined by slashes (``blogs/articles``: either counts, in the plural)."""
    if "/" in word:
        return all(looks_plural(part) for part in word.split("/"))
    return word.isalpha() and word.endswith("s") and not word.endswith("ss") \
        and word not in _VERB_FORMS


def noun_head(words: list[str]) -> int | None:
    """The position of the plural noun, or noun naming people, that heads the noun phrase
    opening a title (``First aid kits…``, ``Fixed and mobile blood donor centres…``,
    ``Socially isolated people…``): the first such word, with only its modifiers before
    it; none where a verb or a change opens the title (``Increase usage of plugins``,
    ``Reduce upgrade stops``) or a phrase ends before it (``Growth in downloads``)."""
    if starts_with(words, MILESTONE_VERBS + COUNT_VERBS + RISE + FALL + LEVEL_START
                   + CHANGES + ACTIVITY_VERBS) is not None:
        return None
    for position, word in enumerate(words[:HEAD_REACH]):
        if (looks_plural(word) and len(word) > 3 and word not in NOT_PLURAL) or word in PERSONS:
            return position
        if word in PHRASE_ENDS - {"and", "or"} or word in WHO \
                or not word.replace("/", "").replace("-", "").isalpha():
            return None
    return None


def past_participle(word: str) -> bool:
    """Whether a word is a past participle of a regular or a common irregular verb."""
    return word.isalpha() and ((len(word) > 4 and word.endswith("ed")
                                and not word.endswith("eed")) or word in IRREGULAR_DONE)


def qualifies(words: list[str]) -> bool:
    """Whether the words between a noun and what was done to it only say which of them
    (``in Fiji``, ``of suspected emblem misuse``, ``over 65``): a short phrase after a
    preposition, or an age."""
    return not words or (words[0] in ("over", "under") and len(words) == 2) or (
        words[0] in ABOUT - {"to"} and len(words) <= 4 and "as" not in words
        and all(word.isalpha() for word in words))


def done_to_named(words: list[str]) -> bool:
    """Whether a title opens with the things it counts, in the plural or as people, and
    then says what was done to them or what they did: a past participle after them
    (``People assisted in emergencies``, ``First aid kits assembled by…``, ``People in
    Fiji reached with…``, ``Socially isolated people over 65 supported…``), or a clause
    in the past on them (``People who used the service``, ``Refugees and asylum seekers
    who received grants``). A comparison (``GHG emissions compared to 2005``) is not
    something done to them, and a clause in the present (``Students who meet the
    standard``) states a condition, of which a share may as well be meant."""
    head = noun_head(words)
    if head is None or words[head] in AMOUNTS:
        return False
    rest = words[head + 1:]
    for position, word in enumerate(rest):
        if word in WHO:
            verb = rest[position + 1:position + 3]
            return bool(verb) and (verb[0].endswith("ed") or verb[0] in IRREGULAR_DONE or (
                verb[0] in HAD and len(verb) == 2 and past_participle(verb[1])))
        if past_participle(word):
            return word not in _COMPARED and qualifies(rest[:position])
    return False


def stated_figures(metric: Metric) -> list[float]:
    """The values a metric states: its target, baseline, interim targets and actuals."""
    return [m.value for m in (metric.target, metric.baseline, *metric.targets,
                              *metric.actuals) if m is not None and m.value is not None]


def all_whole(values: list[float]) -> bool:
    """Whether every value is a whole number of at least 0, as a count's are."""
    return all(value >= 0 and float(value).is_integer() for value in values)


def whole_figures(metric: Metric) -> bool:
    """Whether a metric states figures and every one of them is a whole number of at
    least 0, as a count's are."""
    values = stated_figures(metric)
    return bool(values) and all_whole(values)


def counting(words: list[str], quantities: list[Quantity]) -> set[int]:
    """Where the words hold a number that may count things: a plain quantity, one whose
    only unit is a scale written onto it (``1k Ultimate seats``, a thousand seats), or a
    number word (``four``)."""
    return {q.position for q in quantities if not q.unit or scaled(words[q.position])} | {
        index for index, word in enumerate(words) if word in COUNT_WORDS}


def scaled(word: str) -> bool:
    """Whether a number's only unit is a scale written onto it (``1k``, ``250K``, ``2m``):
    a multiplier of what follows, not a currency or a percentage."""
    match = NUMBER.match(word)
    return match is not None and word[0].isdigit() and (match.group(2) or "").lower() in (
        "k", "m", "mm", "b", "bn")


def noun_phrase(words: list[str], number: int) -> list[str]:
    """The plain words after a number up to the noun they count, at most four and none
    past a word that ends the phrase (``ten critical open source organizations``, ``1
    well-known community figure``, a hyphenated word a plain one; not ``5 of the
    reports``)."""
    phrase = []
    for word in words[number + 1:number + 1 + PHRASE_REACH]:
        if word in PHRASE_ENDS or not word.replace("/", "").replace("-", "").isalpha():
            break
        phrase.append(word)
    return phrase


def binary_values(metric: Metric) -> bool:
    """Whether every value the metric states could mean done or not done (or the share
    done): 0 to 1 with no unit, or 0 to 100 in percent. A figure in any other unit is an
    amount of it (a cost of funds of ``0.06`` USD for every dollar collected), never a
    share done, whatever the definition's verb (``We will demonstrate our efficiency ...
    by measuring the cost``)."""
    unit = (metric.unit or "").strip()
    if unit not in ("", "%"):  # most measures: a unit rules the values out unread
        return False
    top = 100.0 if unit == "%" else 1.0
    return all(0 <= target.value <= top for target in (metric.target, *metric.targets)
               if target is not None and target.value is not None) and all(
        0 <= actual.value <= top for actual in metric.actuals if actual.value is not None)


def figures_done_or_not(metric: Metric) -> bool:
    """Whether the metric's figures can only mean done or not: no unit and no calendar
    cadence to read it by, every reading (if any) 1 or 0 or a status in words, and a
    target of 1 (``Perforce crash course``, target 1, read 0 at the quarter's end) or
    none and a reading of 1 or 0 (a deliverable reported done)."""
    if metric.unit is not None or metric.calendar is not None:
        return False
    final = final_target(metric)
    read = [actual.value for actual in metric.actuals if actual.value is not None]
    return (bool(read) if final is None else final[0].value == 1) and all(
        value in (0, 1) for value in read)


#: Participles of making or doing that, after the things a key result counts and ``are``
#: (or before them, after ``has``), say the period's work makes or does each of them
#: (``At least eight proposals are submitted``, ``Tlon has documented at least one of its
#: agents``): a count from none, not a state the things are in (``compliant``, ``active``).
MADE = frozenset((
    "submitted", "created", "documented", "published", "launched", "released", "shipped",
    "built", "written", "produced", "delivered", "developed", "designed", "drafted",
    "established", "funded", "awarded", "issued", "signed", "hired", "recruited",
    "onboarded", "trained", "held", "hosted", "conducted", "organized", "organised",
    "opened", "added", "generated", "made",
))


def names_harm(text: str) -> bool:
    """Whether the words count harm, loss or delay, of which less is better: not a share
    of harms dealt with (``% of incidents resolved``, ``% reduction in crime``), nor a
    count of the service's work on them (``Number of emergency incidents coordinated``,
    an output that rises with demand), nor cases dealt with in time (``% waiting less
    than two weeks``), though cases lost in a time (``Staff who left within 12 months``)
    are."""
    if timely(text):
        text = _WAITING.sub("", text)
    text = _DEALT_WITH.sub(
        lambda dealt: "" if _HARMS.fullmatch(dealt.group(1)) else dealt.group(0), text)
    return bool(_HARMS.search(text) or _FOREIGN_DELAY.match(text)) and not (
        RATE.search(text) and _REMEDIED.search(text))


def unit_named(text: str) -> bool:
    """Whether words name a unit in a phrase (:data:`_UNIT_PHRASES`), in English or in
    another language (:data:`_FOREIGN_UNITS`)."""
    return bool(_UNIT_PHRASES.search(text) or _FOREIGN_UNITS.search(text))


def timely(text: str) -> bool:
    """Whether the words count cases that met a standard of time (see ``IN_TIME``)."""
    return bool(IN_TIME.search(text)) and not _TIME_STATISTIC.search(text)


SUBJECT_REACH = 8  # words of the noun phrase that may stand before that verb
#: Articles before one thing a title names (``A … methodology for…``).
ARTICLES = frozenset(("a", "an", "the"))


def delivers(words: list[str]) -> bool:
    """Whether the words name a deliverable: they start with a verb of delivery (not
    ``measure`` as the noun before ``of``), end by saying it is done, say who has done it
    (:func:`_said_done_by`), or name a deliverable anywhere (a plan for, ready for launch,
    a certification)."""
    text = " ".join(words)
    verb = _delivery_verb(words)
    return (verb is not None and not (verb == "measure" and words[1:2] == ["of"])) or \
        ends_with(words, _DONE_ENDINGS) or bool(_DELIVERABLE.search(text)) or \
        bool(_DONE_AT.search(text)) or bool(DONE_BY.search(text)) or (
            bool(_FOREIGN_DONE_AT.search(text)) and not unit_named(text)) or \
        _act_when_due(words) or (
            len(words) > 1 and words[0] in _DONE_FIRST and not words[1].endswith("s")) or \
        _said_done_by(words)


#: A thing said to be ready or running, in the title's last words (``Trust Center ready for
#: customers``, ``Portal up and running``).
_READY = LazyPattern(r"\b(?:ready for|in production|up and running)\b",
                     needs=("ready", "production", "running"))
#: A sentence that states when a goal is done (``We will know this is done when…``,
#: ``Done when…``, ``Definition of done:``): the goal is a deliverable, its done-when
#: sentence the test of it.
_DONE_WHEN = LazyPattern(r"\b(?:(?:know|consider) (?:this|it) (?:is )?done when|done when|"
                         r"definition of done)\b", re.IGNORECASE, needs=("done",))


def says_done(text: str) -> bool:
    """Whether a goal's title names one thing in its finished state, as a milestone's
    title that ends by saying the thing is done is read (``Datum Compute Live``, ``Alt
    Cloud Accelerator Launched``, ``Trust Center ready for customers``): no figure, and the
    thing in the singular (``Projects completed`` counts things); not a state of people or
    of a level (``Customers delighted``, ``Revenue growing``), which no ending of
    delivery names."""
    words = title_words(text)
    if quantities_in(words):
        return False
    ready = _READY.search(" ".join(words))
    if ready is not None:
        head = " ".join(words)[:ready.start()].split()
    else:
        ending = next((parts for _, parts in _by_word(_DONE_ENDINGS, -1).get(
            words[-1] if words else "", ()) if words[-len(parts):] == parts), None)
        if ending is None:
            return False
        head = [word for word in words[:-len(ending)] if word not in _DONE_ADVERBS]
    return bool(head) and not looks_plural(head[-1])


def defines_done(text: str) -> bool:
    """Whether a text states when its goal is done (see ``_DONE_WHEN``: ``We will know
    this is done when…``)."""
    return _DONE_WHEN.search(text) is not None


#: Verbs that, in the past after ``has`` or ``was``, report a piece of work done besides
#: the verbs of delivery (``WRI Mexico has supported the implementation of the new law``).
_WORK_DONE = frozenset(("support", "help", "contribute", "co-host"))
#: Words between ``has`` (or ``was``) and the participle that leave the act as it is.
_DONE_ADVERBS = frozenset(("now", "already", "successfully", "formally", "been"))
_SUBJECT_WORDS = 5  # words at most of the one who did the work, before ``has`` or ``was``


def _done_verb(participle: str) -> bool:
    """Whether a past participle is that of a verb of delivery or of work done (not of a
    level that moves: ``improved``, ``grown``, ``reduced``)."""
    if participle in _DONE_ENDINGS:
        return True
    if not participle.endswith("ed") or participle[:-2] in (*RISE, *FALL) \
            or participle[:-1] in (*RISE, *FALL):
        return False
    stems = {participle[:-2], participle[:-1], participle[:-3], participle[:-3] + "y"}
    return not stems.isdisjoint(DELIVERY_VERBS | _WORK_DONE)


def _said_done_by(words: list[str]) -> bool:
    """Whether a title is a sentence reporting that one body or thing, in the singular,
    has done a piece of work or had it done, in the past (``WRI Mexico has supported the
    implementation of the new General Law``, ``The strategy was adopted by the Board``,
    after a heading the label is read past): a deliverable reported done, not things
    counted (``has`` is no plural) nor a level that moved (``Revenue has grown``)."""
    words = sentence_words(words)
    for at, word in enumerate(words[1:_SUBJECT_WORDS + 1], start=1):
        if word not in ("has", "was"):
            continue
        rest = list(dropwhile(lambda after: after in _DONE_ADVERBS, words[at + 1:]))
        return bool(rest) and _done_verb(rest[0]) and all(
            before.replace("-", "").isalpha() and before not in WHO for before in words[:at])
    return False


def _delivery_verb(words: list[str]) -> str | None:
    """The verb of delivery the words open with, as it is or in its ``-ing`` form
    (``Bringing in key events…`` as ``Bring in key events…``)."""
    verb = starts_with(words, MILESTONE_VERBS)
    if verb is None and words and words[0] in _MILESTONE_GERUNDS:
        verb = starts_with([_MILESTONE_GERUNDS[words[0]], *words[1:]], MILESTONE_VERBS)
    return verb


#: Nouns of an act an organization does, done or not each time it falls due (``Budget
#: review``, ``Annual audit``, ``Budget process``, ``clean-up of system``), not a figure
#: read from what it does (a survey's results, a level of spending).
_ACTS = frozenset(("review", "audit", "process", "clean-up", "cleanup", "update",
                   "inspection", "renewal"))
#: Nouns of money moved by the organization, done or not by a date (``investment in
#: Reserve by Dec 31st``): with no date, ``Annual investment in R&D`` is a level of spending.
_PAYMENTS = frozenset(("investment", "contribution", "transfer", "deposit", "payment"))
FREQUENCIES = frozenset(("annual", "annually", "yearly", "quarterly", "monthly", "weekly",
                         "biweekly"))
#: The date a title says its act is done by or at (``by Dec 31st``, ``at end of year``).
_DEADLINE = LazyPattern(
    r"\s(?:by|at|before) (?:the )?(?:(?:end of (?:the )?(?:year|quarter|month|season)|"
    r"year[- ]end)|(?:" + "|".join(sorted(_MONTHS)) + r")\.?(?: \d{1,2}(?:st|nd|rd|th)?)?)$")


def _act_when_due(words: list[str]) -> bool:
    """Whether the words name, in a noun phrase, an act of the organization and when it
    is done: a review, audit, process or clean-up held each period (``Budget process
    annually``, ``Annual review and clean-up of system``) or by a date (``Budget review at
    end of year``), or money it moves by a date (``annual investment in Reserve by Dec
    31st``). A volunteer board's or a small body's measures often name the act so: it is
    done when due, or not; there is no level to move."""
    text = " ".join(words)
    deadline = _DEADLINE.search(text)
    phrase = words[:len(text[:deadline.start()].split())] if deadline else list(words)
    frequent = bool(phrase) and (phrase[0] in FREQUENCIES or phrase[-1] in FREQUENCIES)
    phrase = [word for word in phrase if word not in FREQUENCIES]
    head = list(takewhile(lambda word: word not in PHRASE_ENDS, phrase))
    if not head or not (deadline or frequent) \
            or starts_with(head, RISE + FALL + LEVEL_START) is not None:
        return False
    return head[-1] in _ACTS or (deadline is not None and head[-1] in _PAYMENTS)


#: Participles that say what befell the things a title counts, or that they were
#: recorded as having happened (``People killed in crashes``, ``Offences recorded``,
#: ``Overdoses reported``): a statistic of events, not the work of whoever counts them.
BEFELL = frozenset(("killed", "injured", "hurt", "harmed", "died", "assaulted", "abused",
                    "attacked", "robbed", "stolen", "infected", "hospitalised",
                    "hospitalized", "reported", "recorded"))


def sentence_words(words: list[str]) -> list[str]:
    """A title's words without the full stop that ends it as a sentence (the last word's
    final dot, where it has no other: not an abbreviation's, ``U.S.``)."""
    last = words[-1] if words else ""
    if last.endswith(".") and "." not in last[:-1]:
        return [*words[:-1], last[:-1]]
    return words


def done_words(words: list[str]) -> bool:
    """:func:`~planlint.measure_counts.counts_done` of a title's words."""
    numbered = words[:2] == ["number", "of"]
    if numbered:
        words = words[2:]
    elif words and words[0][:1].isdigit():
        words = words[how_many(words):]
    return (done_to_named(words) or (numbered and _doing_named(words))) \
        and WHO.isdisjoint(words) and BEFELL.isdisjoint(words) \
        and not names_harm(" ".join(words))


def how_many(words: list[str]) -> int:
    """How many words the number or range of how many opening a title takes (``12-18
    grants signed``, ``5,000 people trained``): its target, before the things counted;
    none for an amount with a unit or a share (``90% of calls answered``), a rate of
    cases its operations meet rather than a count of its acts."""
    opening = [q for q in quantities_in(words[:2]) if not q.unit]
    taken = 0
    while taken < len(opening) and opening[taken].position == taken:
        taken += 1
    return taken


def _doing_named(words: list[str]) -> bool:
    """Whether the things a count names are followed at once by what they do in the work
    counted (``participants attending extension programs``, ``students completing the
    course``; see ``COUNTED``): after ``Number of``, people taking part in it."""
    head = noun_head(words)
    return head is not None and words[head + 1:head + 2] != [] \
        and words[head + 1].endswith("ing") and words[head + 1] in COUNTED


#: The words a financial statement opens its income lines with: the money an organisation
#: takes in (``Income from all sources``, ``Income: GitHub Sponsors``, ``Donations In``).
INCOME_WORDS = frozenset(("income", "revenue", "revenues", "donations", "donation",
                          "receipts", "sponsorship", "sponsorships", "gifts", "fundraising"))
#: Verbs of ongoing work that open a commitment as well as the verbs of delivery, doing
#: and moving a level do (``continue to offer support``, ``use the spend controls process
#: to…``, ``share examples of success``, ``operate the publishing platform``).
ACTIVITY_VERBS = ("continue", "use", "share", "operate")
#: Words after an opening verb that make it a noun (``Use of notebooks``, ``Share of
#: renewables``, ``Increase in public transport journeys``).
NOUN_AFTER = frozenset(("of", "in"))


#: Verbs of work an organisation does itself, delivered or ongoing (``Organize and host…``,
#: ``Hire…``, ``Engage with…``, ``Continue support for…``), not those that ask a level to
#: move (``Increase…``, ``Reduce…``), each with its ``-ing`` form (``Hiring…``).
OWN_WORK_VERBS = tuple(verb for verb in (*MILESTONE_VERBS, *COUNT_VERBS, *ACTIVITY_VERBS)
                       if verb not in RISE + FALL and " of" not in verb)
_OWN_WORK_GERUNDS = {form: first for first in {verb.split()[0] for verb in OWN_WORK_VERBS}
                     for form in (first + "ing", first.removesuffix("e") + "ing",
                                  first + first[-1] + "ing")}


def own_work_verb(words: list[str]) -> str | None:
    """The verb of work its organisation does itself (``OWN_WORK_VERBS``) the words open
    with, as it is or in its ``-ing`` form, used as a verb (not ``Use of notebooks``)."""
    if words and words[0] in _OWN_WORK_GERUNDS:
        words = [_OWN_WORK_GERUNDS[words[0]], *words[1:]]
    verb = starts_with(words, OWN_WORK_VERBS)
    return verb if verb is not None and NOUN_AFTER.isdisjoint(
        words[len(verb.split()):][:1]) else None


def has_figures(metric: Metric) -> bool:
    """Whether a metric's fields hold a figure: a target, baseline or reading with a
    value."""
    return any(m is not None and m.value is not None for m in (
        metric.target, metric.baseline, *metric.targets, *metric.actuals))


def names_rate(metric: Metric) -> bool:
    """Whether a metric's title or unit names a rate, share or average (``%``,
    ``percent``, ``rate``, ``per``, ``average``…): how well something is done, not a
    volume of things."""
    return bool(RATE.search(worded(metric.title).lower())) \
        or bool(RATE.search((metric.unit or "").lower()))


#: The dash between a measure's name and the part of it a row breaks out.
BREAKDOWN = LazyPattern(r"\s[\u2013\u2014-]\s")
#: Things of :data:`~planlint.measures._COUNT_NOUNS` that are people or groups of them, of whom a
#: share may as well be meant when a phrase follows (``Members in good standing``).
COUNTED_PEOPLE = frozenset((
    "leavers", "starters", "hires", "participants", "volunteers", "households", "graduates",
    "users", "attendees", "creators", "members", "subscribers", "customers", "clients",
    "patrons", "learners", "followers",
))
#: Words that, before the things a title counts, make it a share, rate or change of them.
NOT_COUNTING = frozenset(("rate", "percent", "percentage", "share", "proportion", "ratio",
                          "change", "reduction", "increase", "decrease", "growth", "per"))
