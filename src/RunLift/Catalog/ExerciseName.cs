using System.Collections.Frozen;
using System.Text;

namespace RunLift.Catalog;

/// <summary>
/// A written exercise name broken into normalised tokens: lower case, abbreviations expanded, plurals
/// singular, compound words joined ("pull up" → <c>pullup</c>), stop words dropped. Catalog names and
/// aliases go through the same function, so comparing token sets compares what was meant.
/// </summary>
internal sealed class ExerciseName
{
    private ExerciseName(string[] tokens, int qualifierStart, string? device)
    {
        Tokens = tokens;
        QualifierStart = qualifierStart;
        Device = device;
    }

    /// <summary>Normalised tokens in written order; main part first, then the qualifier part.</summary>
    public string[] Tokens { get; }

    /// <summary>
    /// Index of the first token that came from parentheses or after " - " (<c>Squat (Barbell)</c>,
    /// <c>Lat Pulldown - Close Grip</c>): apps put equipment and grip there.
    /// </summary>
    public int QualifierStart { get; }

    /// <summary>The unstable device named in the text (<c>bosu</c>, <c>stability ball</c>...), or null.</summary>
    public string? Device { get; }

    /// <summary>Lower-case letters and digits with single spaces: the "ignoring case and punctuation" key.</summary>
    public static string Plain(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Distinct tokens, sorted and space-joined: equal for the same words in any order.</summary>
    public static string Key(IEnumerable<string> tokens) => string.Join(' ', tokens.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public static ExerciseName Parse(string text)
    {
        var main = new List<string>();
        var qualifier = new List<string>();
        var (mainText, qualifierText) = SplitQualifier(text);
        Normalise(OtherLanguages.ToEnglish(RawWords(mainText)), main);
        Normalise(OtherLanguages.ToEnglish(RawWords(qualifierText)), qualifier);
        var device = main.Concat(qualifier).Select(t => Devices.GetValueOrDefault(t)).FirstOrDefault(d => d is not null);
        return new ExerciseName([.. main, .. qualifier], main.Count, device);
    }

    /// <summary>True for a token that names an unstable device.</summary>
    public static bool IsDevice(string token) => Devices.ContainsKey(token);

    /// <summary>Grip, attachment and similar words that refine an exercise without changing it.</summary>
    public static bool IsModifier(string token) => Modifiers.Contains(token);

    /// <summary>Equipment words: <c>Squat (Barbell)</c> is a squat first.</summary>
    public static bool IsEquipment(string token) => Equipment.Contains(token);

    /// <summary>Body positions: <c>Seated Incline Curl</c> is an incline curl.</summary>
    public static bool IsPosture(string token) => Postures.Contains(token);

    private static (string Main, string Qualifier) SplitQualifier(string text)
    {
        // Hevy and Strong write "Name (Equipment)" and "Name - Grip (Equipment)"; Garmin writes BARBELL_BACK_SQUAT.
        var main = new StringBuilder(text.Length);
        var qualifier = new StringBuilder();
        var depth = 0;
        var afterDash = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                depth++;
                qualifier.Append(' ');
                continue;
            }

            if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
                qualifier.Append(' ');
                continue;
            }

            // " - Close Grip" and ", Stationary" start a qualifier; "Step-Up" and "Super- Bayesian" do not.
            var dash = c is '-' or '–' && i > 0 && text[i - 1] == ' ';
            if (depth == 0 && (dash || c == ','))
            {
                afterDash = true;
                continue;
            }

            (depth > 0 || afterDash ? qualifier : main).Append(c == '_' ? ' ' : c);
        }

        return (main.ToString(), qualifier.ToString());
    }

    private static List<string> RawWords(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c == '\'' || c == '’')
            {
                // "farmer's" is one word.
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words;
    }

    private static void Normalise(List<string> words, List<string> output)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (i + 1 < words.Count && Pairs.TryGetValue(words[i] + " " + Singular(words[i + 1]), out var joined))
            {
                foreach (var part in joined)
                {
                    Add(part, output);
                }

                i++;
                continue;
            }

            if (Words.TryGetValue(words[i], out var expansion))
            {
                foreach (var part in expansion)
                {
                    Add(part, output);
                }

                continue;
            }

            var singular = Singular(words[i]);
            if (Words.TryGetValue(singular, out var singularExpansion))
            {
                foreach (var part in singularExpansion)
                {
                    Add(part, output);
                }

                continue;
            }

            Add(singular, output);
        }

        static void Add(string token, List<string> output)
        {
            if (token.Length > 0 && !StopWords.Contains(token))
            {
                output.Add(token);
            }
        }
    }

    /// <summary>squats → squat, presses → press, crunches → crunch; leaves press, biceps-like words to the word table.</summary>
    internal static string Singular(string word)
    {
        if (word.Length < 3 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal)
            || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word[..^1];
    }

    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "with", "w", "on", "of", "and", "using", "for", "per", "from", "x"], StringComparer.Ordinal);

    // Two written words that mean one thing. The second word is singularised before lookup.
    private static readonly FrozenDictionary<string, string[]> Pairs = new Dictionary<string, string>
    {
        ["single arm"] = "singlearm", ["one arm"] = "singlearm", ["1 arm"] = "singlearm", ["single armed"] = "singlearm",
        ["single leg"] = "singleleg", ["one leg"] = "singleleg", ["1 leg"] = "singleleg", ["one legged"] = "singleleg",
        ["single legged"] = "singleleg", ["two arm"] = "twoarm", ["double arm"] = "twoarm", ["2 arm"] = "twoarm",
        ["iso lateral"] = "isolateral",
        ["swiss ball"] = "stabilityball", ["stability ball"] = "stabilityball", ["exercise ball"] = "stabilityball",
        ["physio ball"] = "stabilityball", ["fit ball"] = "stabilityball", ["gym ball"] = "stabilityball",
        ["bosu ball"] = "bosu", ["wobble board"] = "wobbleboard", ["balance board"] = "balanceboard",
        ["rocker board"] = "wobbleboard", ["balance pad"] = "balancepad", ["balance disc"] = "balancepad",
        ["balance disk"] = "balancepad", ["balance cushion"] = "balancepad", ["airex pad"] = "balancepad",
        ["foam pad"] = "foampad",
        ["pull up"] = "pullup", ["chin up"] = "chinup", ["push up"] = "pushup", ["press up"] = "pushup",
        ["sit up"] = "situp", ["step up"] = "stepup", ["get up"] = "getup", ["pull down"] = "pulldown",
        ["push down"] = "pushdown", ["press down"] = "pushdown", ["kick back"] = "kickback",
        ["skull crusher"] = "skullcrusher", ["dead lift"] = "deadlift",
        ["ez bar"] = "ezbar", ["e z"] = "ezbar", ["trap bar"] = "trapbar",
        ["hex bar"] = "trapbar", ["smith machine"] = "smith", ["medicine ball"] = "medball", ["med ball"] = "medball",
        ["kettle bell"] = "kettlebell", ["dumb bell"] = "dumbbell", ["body weight"] = "bodyweight",
        ["resistance band"] = "band", ["t bar"] = "tbar", ["v bar"] = "vbar",
        ["palm up"] = "palmup", ["palms up"] = "palmup", ["palm down"] = "palmdown", ["palms down"] = "palmdown",
        ["toe raise"] = "tibialis raise", ["tib raise"] = "tibialis raise",
    }.ToFrozenDictionary(p => p.Key, p => p.Value.Split(' '), StringComparer.Ordinal);

    // Abbreviations, spellings and synonyms, looked up before and after singularising.
    private static readonly FrozenDictionary<string, string[]> Words = new Dictionary<string, string[]>
    {
        ["bb"] = ["barbell"], ["db"] = ["dumbbell"], ["dbs"] = ["dumbbell"], ["dumbell"] = ["dumbbell"],
        ["kb"] = ["kettlebell"], ["kbs"] = ["kettlebell"], ["ez"] = ["ezbar"], ["sm"] = ["smith"],
        ["rdl"] = ["romanian", "deadlift"], ["sldl"] = ["stiff", "leg", "deadlift"], ["dl"] = ["deadlift"],
        ["ohp"] = ["overhead", "press"], ["sl"] = ["singleleg"], ["sa"] = ["singlearm"], ["ghr"] = ["glute", "ham", "raise"],
        ["bss"] = ["bulgarian", "split", "squat"], ["rfess"] = ["bulgarian", "split", "squat"],
        ["hpc"] = ["hang", "power", "clean"], ["mb"] = ["medball"], ["bw"] = ["bodyweight"], ["tib"] = ["tibialis"],
        ["legged"] = ["leg"], ["pullup"] = ["pullup"], ["pushup"] = ["pushup"], ["chinup"] = ["chinup"],
        ["situp"] = ["situp"], ["stepup"] = ["stepup"], ["pressup"] = ["pushup"], ["pulldown"] = ["pulldown"],
        ["pressdown"] = ["pushdown"], ["flye"] = ["fly"], ["flie"] = ["fly"], ["flyes"] = ["fly"], ["flies"] = ["fly"],
        ["bicep"] = ["bicep"], ["biceps"] = ["bicep"], ["tricep"] = ["tricep"], ["triceps"] = ["tricep"],
        ["deltoid"] = ["delt"], ["abdominal"] = ["ab"], ["calves"] = ["calf"], ["sitting"] = ["seated"],
        ["leverage"] = ["machine"], ["banded"] = ["band"], ["alternate"] = ["alternating"], ["alt"] = ["alternating"],
        ["physioball"] = ["stabilityball"], ["swissball"] = ["stabilityball"], ["hyper"] = ["hyperextension"],
        ["hyperextension"] = ["hyperextension"], ["hypers"] = ["hyperextension"], ["plyo"] = ["plyometric"],
        ["hexbar"] = ["trapbar"], ["trapbar"] = ["trapbar"], ["ezbar"] = ["ezbar"], ["medicineball"] = ["medball"],
        ["skullcrusher"] = ["skullcrusher"], ["kickback"] = ["kickback"], ["deadbug"] = ["dead", "bug"],
        ["nordics"] = ["nordic", "curl"], ["pogos"] = ["pogo", "hop"], ["jumping"] = ["jump"], ["hopping"] = ["hop"],
        ["bounding"] = ["bound"], ["lunging"] = ["lunge"], ["carrie"] = ["carry"],
        ["dumbbells"] = ["dumbbell"], ["kettlebells"] = ["kettlebell"], ["bosu"] = ["bosu"], ["wobble"] = ["wobbleboard"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Devices = new Dictionary<string, string>
    {
        ["bosu"] = "bosu", ["stabilityball"] = "stability ball", ["wobbleboard"] = "wobble board",
        ["balanceboard"] = "balance board", ["balancepad"] = "balance pad", ["foampad"] = "foam pad",
        ["slackline"] = "slackline",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(
        ["wide", "close", "narrow", "medium", "neutral", "grip", "bar", "vbar", "overhand", "underhand", "pronated",
         "supinated", "attachment", "rope", "handle", "plate", "weighted", "loaded", "singlearm", "twoarm",
         "alternating", "isolateral", "version", "style", "variation", "hand", "position", "strict", "paused", "pause",
         "tempo", "heavy", "light", "bottom", "top", "partial", "lengthened"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Equipment = FrozenSet.ToFrozenSet(
        ["barbell", "dumbbell", "kettlebell", "cable", "machine", "smith", "band", "ezbar", "bodyweight", "trapbar",
         "landmine", "plate", "medball", "sled", "bench", "box", "chain", "suspension", "trx", "sandbag"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Postures = FrozenSet.ToFrozenSet(
        ["seated", "standing", "lying", "kneeling", "half", "tall", "supported", "flat"], StringComparer.Ordinal);
}
