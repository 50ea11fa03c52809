using System.Collections.Frozen;
using System.Text;

namespace RunLift.Catalog;

/// <summary>
/// Exercise words in the languages Hevy, Strong and FitNotes export in (German, French, Spanish, Italian, Portuguese),
/// read as the English words the catalog is written in: <c>Bankdrücken (Langhantel)</c> is a bench press (barbell),
/// <c>Peso muerto rumano</c> a Romanian deadlift. Phrases are matched before single words, longest first; German
/// compounds (<c>Schrägbankdrücken</c>, <c>Langhantelrudern</c>) are read as the parts they are made of. Words that
/// mean something else in English (<c>rowing</c>, <c>stiff</c>, <c>planche</c>) are never translated alone.
/// </summary>
internal static class OtherLanguages
{
    private const int LongestPhrase = 4;

    /// <summary>
    /// <paramref name="words"/> (lower case, in written order) with every phrase of another language replaced by
    /// its English words; English words pass through unchanged.
    /// </summary>
    public static List<string> ToEnglish(List<string> words)
    {
        List<string>? output = null;
        for (var i = 0; i < words.Count;)
        {
            var (length, english) = LongestPhraseAt(words, i);
            if (length == 0 && Compound(Fold(words[i])) is { } parts)
            {
                (length, english) = (1, parts);
            }

            if (length == 0)
            {
                output?.Add(words[i]);
                i++;
                continue;
            }

            output ??= [.. words.Take(i)];
            output.AddRange(english!);
            i += length;
        }

        return output ?? words;
    }

    private static (int Length, string[]? English) LongestPhraseAt(List<string> words, int start)
    {
        // Most words start no phrase (every English word): one set lookup, no joining.
        var first = Fold(words[start]);
        if (!FirstWords.Contains(first))
        {
            return (0, null);
        }

        for (var length = Math.Min(LongestPhrase, words.Count - start); length >= 1; length--)
        {
            var phrase = string.Join(' ', words.Skip(start).Take(length).Select(Fold));
            if (Phrases.TryGetValue(phrase, out var english))
            {
                return (length, english);
            }
        }

        return (0, null);
    }

    /// <summary>A German compound read as its parts, when every letter of it belongs to a known part; else null.</summary>
    private static string[]? Compound(string word)
    {
        // No exercise is one word of more than 40 letters: longer ones are not split (and cost nothing); nor is a word
        // that starts with no part's first letters (every English word but a few).
        if (word.Length is < 6 or > 40 || !PartStarts.Contains(word[..3]))
        {
            return null;
        }

        var parts = new List<string>();
        var position = 0;
        while (position < word.Length)
        {
            var match = GermanParts.Keys
                .Where(part => string.CompareOrdinal(word, position, part, 0, part.Length) == 0 && part.Length <= word.Length - position)
                .MaxBy(part => part.Length);
            if (match is null)
            {
                // A linking "s" or "e" between parts (Trizepsdrücken has none, Beinstrecker none, Rumpfsbeuge one).
                if (parts.Count > 0 && word[position] is 's' or 'e' or 'n')
                {
                    position++;
                    continue;
                }

                return null;
            }

            parts.AddRange(GermanParts[match]);
            position += match.Length;
        }

        return parts.Count > 0 ? [.. parts] : null;
    }

    /// <summary>
    /// Without accents and with ß as ss: <c>développé</c> → <c>developpe</c>, <c>drücken</c> → <c>drucken</c>. A table,
    /// not Unicode decomposition: RunLift runs with invariant globalization, where decomposition is unavailable.
    /// </summary>
    internal static string Fold(string word)
    {
        if (word.All(char.IsAscii))
        {
            return word;
        }

        var sb = new StringBuilder(word.Length + 1);
        foreach (var c in word)
        {
            sb.Append(c switch
            {
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => "a",
                'ç' => "c",
                'è' or 'é' or 'ê' or 'ë' => "e",
                'ì' or 'í' or 'î' or 'ï' => "i",
                'ñ' => "n",
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => "o",
                'ù' or 'ú' or 'û' or 'ü' => "u",
                'ý' or 'ÿ' => "y",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static FrozenDictionary<string, string[]> Table(params (string Phrase, string English)[] rows) =>
        rows.ToFrozenDictionary(r => r.Phrase, r => r.English.Split(' '), StringComparer.Ordinal);

    // Whole words and phrases, accents folded. English words that also occur here keep their English meaning.
    private static readonly FrozenDictionary<string, string[]> Phrases = Table(
        // German words that stand alone
        ("kurzhantel", "dumbbell"), ("kurzhanteln", "dumbbell"), ("langhantel", "barbell"), ("sz stange", "ezbar"),
        ("kabelzug", "cable"), ("kabel", "cable"), ("maschine", "machine"), ("gerat", "machine"), ("sitzend", "seated"),
        ("stehend", "standing"), ("liegend", "lying"), ("einarmig", "single arm"), ("einbeinig", "single leg"),
        ("gewichtet", "weighted"), ("korpergewicht", "bodyweight"), ("mit", "with"), ("am", "on"), ("an", "on"),
        ("der", "the"), ("die", "the"), ("das", "the"), ("auf", "on"), ("und", "and"), ("gehen", "walking"),
        ("spazieren", "walking"), ("spaziergang", "walking"), ("laufen", "running"), ("joggen", "running"),
        ("radfahren", "bike"), ("fahrrad", "bike"), ("ergometer", "bike"), ("heimtrainer", "bike"),
        ("crosstrainer", "elliptical"), ("stepper", "stairmaster"), ("treppensteigen", "stairmaster"),
        ("ausfallschritte gehend", "walking lunge"), ("gehende ausfallschritte", "walking lunge"),
        ("bulgarische kniebeuge", "bulgarian split squat"), ("bulgarian split squats", "bulgarian split squat"),
        ("hip thrust", "hip thrust"), ("dips", "dip"), ("crunches", "crunch"), ("sit ups", "situp"),
        ("rumanisches kreuzheben", "romanian deadlift"), ("rumanisch", "romanian"), ("rumanisches", "romanian"),
        ("beinheben", "leg raise"), ("hangendes beinheben", "hanging leg raise"), ("seitstutz", "side plank"),

        // French
        ("developpe couche", "bench press"), ("developpe incline", "incline bench press"),
        ("developpe decline", "decline bench press"), ("developpe militaire", "overhead press"),
        ("developpe epaules", "shoulder press"), ("developpe assis", "seated shoulder press"),
        ("developpe arnold", "arnold press"), ("souleve de terre roumain", "romanian deadlift"),
        ("souleve de terre jambes tendues", "stiff leg deadlift"), ("souleve de terre", "deadlift"),
        ("rowing barre", "barbell row"), ("rowing haltere", "dumbbell row"), ("rowing assis", "seated row"),
        ("rowing a la poulie", "cable row"), ("rowing poulie", "cable row"), ("rowing buste penche", "bent over row"),
        ("tractions", "pullup"), ("traction", "pullup"), ("pompes", "pushup"), ("pompe", "pushup"),
        ("elevations laterales", "lateral raise"), ("elevation laterale", "lateral raise"),
        ("presse a cuisses", "leg press"), ("presse a jambes", "leg press"), ("presse", "press"),
        ("fentes bulgares", "bulgarian split squat"), ("fentes marchees", "walking lunge"), ("fentes", "lunge"),
        ("fente", "lunge"), ("halteres", "dumbbell"), ("haltere", "dumbbell"), ("barre", "barbell"),
        ("poulie", "cable"), ("cable", "cable"), ("tirage vertical", "lat pulldown"), ("tirage horizontal", "seated cable row"),
        ("tirage", "pulldown"), ("mollets debout", "standing calf raise"), ("mollets assis", "seated calf raise"),
        ("mollets", "calf raise"), ("gainage", "plank"), ("marche", "walking"), ("course a pied", "running"),
        ("course", "running"), ("tapis de course", "treadmill"), ("velo elliptique", "elliptical"),
        ("elliptique", "elliptical"), ("velo", "bike"), ("rameur", "rowing machine"), ("assis", "seated"),
        ("debout", "standing"), ("couche", "lying"), ("incline", "incline"), ("decline", "decline"),
        ("poids du corps", "bodyweight"), ("ecarte", "fly"), ("ecartes", "fly"), ("releve de jambes", "leg raise"),
        ("extension des jambes", "leg extension"), ("extensions triceps", "tricep extension"),
        ("squat bulgare", "bulgarian split squat"), ("hip thrust barre", "barbell hip thrust"),

        // Spanish
        ("press de banca", "bench press"), ("press banca", "bench press"), ("press de banca inclinado", "incline bench press"),
        ("press inclinado", "incline bench press"), ("press militar", "overhead press"), ("press de hombros", "shoulder press"),
        ("press de hombro", "shoulder press"), ("sentadilla bulgara", "bulgarian split squat"), ("sentadillas", "squat"),
        ("sentadilla", "squat"), ("peso muerto rumano", "romanian deadlift"), ("peso muerto", "deadlift"),
        ("remo con barra", "barbell row"), ("remo con mancuerna", "dumbbell row"), ("remo en polea", "cable row"),
        ("remo sentado", "seated row"), ("remo", "row"), ("maquina de remo", "rowing machine"), ("remo ergometro", "rowing machine"),
        ("dominadas", "pullup"), ("dominada", "pullup"), ("flexiones", "pushup"), ("fondos", "dip"),
        ("elevaciones laterales", "lateral raise"), ("elevacion lateral", "lateral raise"), ("prensa de piernas", "leg press"),
        ("prensa", "leg press"), ("zancadas", "lunge"), ("zancada", "lunge"), ("estocadas", "lunge"), ("estocada", "lunge"),
        ("curl de biceps", "bicep curl"), ("curl femoral", "leg curl"), ("extension de cuadriceps", "leg extension"),
        ("extensiones de cuadriceps", "leg extension"), ("extension de triceps", "tricep extension"),
        ("mancuernas", "dumbbell"), ("mancuerna", "dumbbell"), ("barra", "barbell"), ("polea", "cable"), ("maquina", "machine"),
        ("jalon al pecho", "lat pulldown"), ("jalon", "pulldown"), ("gemelos", "calf raise"), ("pantorrillas", "calf raise"),
        ("elevacion de talones", "calf raise"), ("plancha", "plank"), ("caminar", "walking"), ("caminata", "walking"),
        ("correr", "running"), ("carrera", "running"), ("cinta de correr", "treadmill"), ("cinta", "treadmill"),
        ("bicicleta estatica", "bike"), ("bicicleta", "bike"), ("eliptica", "elliptical"), ("sentado", "seated"),
        ("de pie", "standing"), ("inclinado", "incline"), ("abdominales", "crunch"), ("empuje de cadera", "hip thrust"),
        ("aperturas", "fly"), ("apertura", "fly"), ("con", "with"), ("en", "on"), ("de", "of"),

        // Italian
        ("panca piana", "bench press"), ("panca inclinata", "incline bench press"), ("panca declinata", "decline bench press"),
        ("distensioni su panca", "bench press"), ("stacco da terra rumeno", "romanian deadlift"), ("stacco rumeno", "romanian deadlift"),
        ("stacco da terra", "deadlift"), ("stacco", "deadlift"), ("rematore con bilanciere", "barbell row"),
        ("rematore con manubrio", "dumbbell row"), ("rematore", "row"), ("pulley basso", "seated cable row"),
        ("trazioni alla sbarra", "pullup"), ("trazioni", "pullup"), ("piegamenti sulle braccia", "pushup"), ("piegamenti", "pushup"),
        ("flessioni", "pushup"), ("lento avanti", "overhead press"), ("alzate laterali", "lateral raise"),
        ("pressa", "leg press"), ("affondi", "lunge"), ("affondo", "lunge"), ("curl bicipiti", "bicep curl"),
        ("bicipiti", "bicep"), ("tricipiti", "tricep"), ("manubri", "dumbbell"), ("manubrio", "dumbbell"),
        ("bilanciere", "barbell"), ("cavi", "cable"), ("cavo", "cable"), ("macchina", "machine"), ("lat machine", "lat pulldown"),
        ("polpacci", "calf raise"), ("calf in piedi", "standing calf raise"), ("camminata", "walking"), ("corsa", "running"),
        ("tapis roulant", "treadmill"), ("cyclette", "bike"), ("vogatore", "rowing machine"), ("ellittica", "elliptical"),
        ("seduto", "seated"), ("in piedi", "standing"), ("croci", "fly"), ("sollevamento polpacci", "calf raise"),
        ("con il", "with"), ("al", "on"), ("alla", "on"),

        // Portuguese
        ("supino reto", "bench press"), ("supino inclinado", "incline bench press"), ("supino declinado", "decline bench press"),
        ("supino", "bench press"), ("agachamento bulgaro", "bulgarian split squat"), ("agachamento", "squat"),
        ("levantamento terra romeno", "romanian deadlift"), ("terra romeno", "romanian deadlift"), ("levantamento terra", "deadlift"),
        ("remada curvada", "bent over row"), ("remada baixa", "seated cable row"), ("remada", "row"), ("barra fixa", "pullup"),
        ("flexoes", "pushup"), ("flexao", "pushup"), ("desenvolvimento", "shoulder press"), ("elevacao lateral", "lateral raise"),
        ("afundo", "lunge"), ("avanco", "lunge"), ("passada", "lunge"), ("rosca direta", "bicep curl"), ("rosca martelo", "hammer curl"),
        ("rosca", "curl"), ("halter", "dumbbell"), ("polia", "cable"), ("cabo", "cable"),
        ("puxada", "lat pulldown"), ("panturrilha", "calf raise"), ("prancha", "plank"), ("caminhada", "walking"),
        ("corrida", "running"), ("esteira", "treadmill"), ("eliptico", "elliptical"), ("em pe", "standing"),
        ("crucifixo", "fly"), ("elevacao pelvica", "hip thrust"), ("cadeira extensora", "leg extension"),
        ("mesa flexora", "lying leg curl"), ("cadeira flexora", "seated leg curl"), ("triceps corda", "tricep pushdown"),
        ("abdominal", "crunch"), ("com", "with"), ("na", "on"), ("no", "on"), ("da", "of"), ("do", "of"));

    private static readonly FrozenSet<string> FirstWords = Phrases.Keys.Select(p => p.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);

    // Parts German compounds are made of; the longest part that fits is taken first.
    private static readonly FrozenDictionary<string, string[]> GermanParts = Table(
        ("kurzhantel", "dumbbell"), ("langhantel", "barbell"), ("kabel", "cable"), ("kabelzug", "cable"),
        ("schrag", "incline"), ("negativ", "decline"), ("bankdrucken", "bench press"), ("bank", "bench"),
        ("drucken", "press"), ("schulter", "shoulder"), ("front", "front"), ("kniebeuge", "squat"), ("kniebeugen", "squat"),
        ("kreuzheben", "deadlift"), ("rudern", "row"), ("latzug", "lat pulldown"), ("klimmzug", "pullup"), ("klimmzuge", "pullup"),
        ("liegestutz", "pushup"), ("liegestutze", "pushup"), ("bein", "leg"), ("presse", "press"), ("strecker", "extension"),
        ("beuger", "curl"), ("waden", "calf"), ("wade", "calf"), ("heben", "raise"), ("seit", "lateral"), ("bizeps", "bicep"),
        ("trizeps", "tricep"), ("trizepsdrucken", "tricep pushdown"), ("curls", "curl"), ("curl", "curl"),
        ("fliegende", "fly"), ("butterfly", "pec deck"), ("ausfallschritt", "lunge"), ("ausfallschritte", "lunge"),
        ("hufte", "hip"), ("huft", "hip"), ("stoss", "thrust"), ("bauch", "ab"), ("bauchpresse", "crunch"), ("crunch", "crunch"),
        ("unterarmstutz", "plank"), ("lauf", "running"), ("laufband", "treadmill"), ("ruder", "rowing"), ("rudergerat", "rowing machine"),
        ("hammer", "hammer"), ("konzentrations", "concentration"), ("scott", "preacher"), ("seitheben", "lateral raise"),
        ("schulterdrucken", "shoulder press"), ("beinpresse", "leg press"), ("beinstrecker", "leg extension"),
        ("beinbeuger", "leg curl"), ("wadenheben", "calf raise"), ("nacken", "neck"), ("hyperextensions", "hyperextension"),
        ("ruckenstrecker", "back extension"), ("rucken", "back"), ("gesass", "glute"), ("abduktoren", "abductor"),
        ("adduktoren", "adductor"), ("ausfall", "lunge"), ("schritt", "step"), ("step", "step"), ("ups", "up"));

    // After GermanParts: static fields are initialised in the order they are written.
    private static readonly FrozenSet<string> PartStarts = GermanParts.Keys.Where(p => p.Length >= 3).Select(p => p[..3]).ToFrozenSet(StringComparer.Ordinal);
}
