using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>
/// Typed access to YamlDotNet's representation model with positions: every value read from a node carries
/// the node's line and column, so a mistake is reported where it was written.
/// </summary>
internal sealed class Yaml(string file)
{
    public string File => file;

    public Spot SpotOf(YamlNode node) => new(file, ToInt(node.Start.Line), ToInt(node.Start.Column));

    /// <summary>Where the text of a scalar starts: after its opening quote when it is quoted.</summary>
    public Spot TextSpot(YamlScalarNode node)
    {
        var spot = SpotOf(node);
        return node.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted ? spot with { Column = spot.Column + 1 } : spot;
    }

    public InputException Error(YamlNode node, string reason) => SpotOf(node).Error(reason);

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public YamlScalarNode Scalar(YamlNode node, string what) =>
        node as YamlScalarNode ?? throw Error(node, $"expected {what} (a single value), found a {Describe(node)}");

    public string Text(YamlNode node, string what)
    {
        var scalar = Scalar(node, what);
        if (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            throw Error(node, $"expected {what}, found nothing");
        }

        return scalar.Value!;
    }

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"expected {what} (keys and values), found a {Describe(node)}");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"expected {what} (a list), found a {Describe(node)}");

    /// <summary>
    /// The entries of a mapping, keys normalised (<c>to-failure</c>, <c>toFailure</c> and <c>to_failure</c> are one
    /// key) and checked against <paramref name="accepted"/>, so a typo is reported instead of silently ignored.
    /// </summary>
    public List<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode mapping, string section, params string[] accepted)
    {
        var entries = new List<(string, YamlNode, YamlNode)>(mapping.Children.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Normalize(Text(keyNode, "a key"));
            if (!accepted.Any(a => Normalize(a) == key))
            {
                var written = ((YamlScalarNode)keyNode).Value;
                throw Error(keyNode, $"unknown key '{written}' in {section}; expected one of: {string.Join(", ", accepted)}");
            }

            if (!seen.Add(key))
            {
                throw Error(keyNode, $"'{((YamlScalarNode)keyNode).Value}' is given twice in {section}");
            }

            entries.Add((key, keyNode, value));
        }

        return entries;
    }

    public double Number(YamlNode node, string what, double min, double max)
    {
        var text = Text(node, what);
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            throw Error(node, $"expected {what} (a number), found '{text}'");
        }

        if (value < min || value > max)
        {
            throw Error(node, $"{what} must be between {min} and {max}, found {text}");
        }

        return value;
    }

    public int Integer(YamlNode node, string what, int min, int max)
    {
        var value = Number(node, what, min, max);
        if (value != Math.Floor(value))
        {
            throw Error(node, $"{what} must be a whole number, found {value}");
        }

        return (int)value;
    }

    public bool Boolean(YamlNode node, string what) =>
        Text(node, what).ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            var other => throw Error(node, $"expected true or false for {what}, found '{other}'"),
        };

    /// <summary>One of <paramref name="choices"/> (written in lower case, hyphenated), matched ignoring case and hyphens.</summary>
    public T Choice<T>(YamlNode node, string what, params (string Name, T Value)[] choices)
    {
        var text = Text(node, what);
        var key = Normalize(text);
        foreach (var (name, value) in choices)
        {
            if (Normalize(name) == key)
            {
                return value;
            }
        }

        throw Error(node, $"unknown {what} '{text}'; expected one of: {string.Join(", ", choices.Select(c => c.Name))}");
    }

    /// <summary><c>to-failure</c>, <c>toFailure</c>, <c>to_failure</c> → <c>tofailure</c>.</summary>
    public static string Normalize(string key)
    {
        Span<char> buffer = key.Length <= 64 ? stackalloc char[key.Length] : new char[key.Length];
        var length = 0;
        foreach (var ch in key)
        {
            if (ch is not ('-' or '_' or ' '))
            {
                buffer[length++] = char.ToLowerInvariant(ch);
            }
        }

        return new string(buffer[..length]);
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;

    /// <summary>
    /// Loads one YAML (or JSON) document; null when the text holds none. Syntax errors become positioned
    /// <see cref="InputException"/>s.
    /// </summary>
    public YamlNode? Load(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            // JSON allows tabs wherever it allows spaces; YAML does not. Outside strings they are only
            // spacing, and inside JSON strings they must be escaped, so replacing them keeps every column.
            text = text.Replace('\t', ' ');
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new BoundedYamlParser(new Parser(new StringReader(text)), file));
        }
        catch (YamlException e)
        {
            var line = (int)Math.Min(e.Start.Line, int.MaxValue);
            var column = (int)Math.Min(e.Start.Column, int.MaxValue);
            throw new InputException(file, line, column, CleanMessage(e), e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's parser state machine throws this instead of a YamlException on some malformed
            // block sequences (found by PropertyTests); it carries no position.
            throw new InputException(file, 0, 0, "not valid YAML or JSON: the structure (indentation, '-' or ':') is broken", e);
        }

        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            throw Error(stream.Documents[1].RootNode, "only one document per file: remove the second '---'");
        }

        return stream.Documents[0].RootNode;
    }

    private static string CleanMessage(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
        var message = e.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && marker > 0)
        {
            message = message[(marker + 3)..];
        }

        return "not valid YAML or JSON: " + message.TrimEnd('.');
    }
}
