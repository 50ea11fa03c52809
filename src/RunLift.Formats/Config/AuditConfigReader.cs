using RunLift.Auditing;
using RunLift.Formats.Routines;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Config;

/// <summary>
/// Reads an audit config file (YAML): rules switched off and thresholds changed.
/// <code>
/// rules:
///   RL105: off            # switch a rule off
///   RL101:                # change thresholds (names as `runlift rules` lists them)
///     warning: 5
///     error: 6
/// </code>
/// </summary>
public static class AuditConfigReader
{
    /// <summary>Reads the config file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">unreadable, not YAML, or naming a rule or threshold that does not exist.</exception>
    public static AuditSettings Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException(path, $"cannot read the config file: {e.Message}");
        }

        return Parse(path, text);
    }

    /// <summary>Reads a config file's <paramref name="text"/>; <paramref name="file"/> names it in errors.</summary>
    public static AuditSettings Parse(string file, string text)
    {
        var yaml = new Yaml(file);
        if (yaml.Load(text) is not { } root)
        {
            return AuditSettings.Default;
        }

        var rules = Auditor.RuleCatalog.ToDictionary(r => r.Rule.Id, StringComparer.OrdinalIgnoreCase);
        var disabled = new HashSet<string>(StringComparer.Ordinal);
        var thresholds = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (_, _, section) in yaml.Entries(yaml.Mapping(root, "the config file"), "the config file", "rules"))
        {
            foreach (var (keyNode, value) in yaml.Mapping(section, "rules").Children)
            {
                var id = yaml.Text(keyNode, "a rule id");
                if (!rules.TryGetValue(id, out var rule))
                {
                    throw yaml.Error(keyNode, $"unknown rule '{id}'; expected one of: {string.Join(", ", rules.Keys)}");
                }

                if (value is YamlScalarNode)
                {
                    if (!yaml.Boolean(value, $"{rule.Rule.Id} (on or off)"))
                    {
                        disabled.Add(rule.Rule.Id);
                    }

                    continue;
                }

                thresholds[rule.Rule.Id] = Thresholds(yaml, rule.Rule, rule.Thresholds, yaml.Mapping(value, $"{rule.Rule.Id}'s thresholds"), disabled);
            }
        }

        return new AuditSettings { Disabled = disabled, Thresholds = thresholds };
    }

    private static Dictionary<string, double> Thresholds(Yaml yaml, AuditRuleInfo rule, IReadOnlyDictionary<string, double> defaults,
        YamlMappingNode mapping, HashSet<string> disabled)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = yaml.Text(keyNode, "a threshold name");
            if (name == "enabled")
            {
                if (!yaml.Boolean(value, $"{rule.Id} enabled"))
                {
                    disabled.Add(rule.Id);
                }

                continue;
            }

            if (!defaults.ContainsKey(name))
            {
                var accepted = defaults.Keys.Prepend("enabled");
                throw yaml.Error(keyNode, $"unknown threshold '{name}' for {rule.Id}; expected one of: {string.Join(", ", accepted)}");
            }

            values[name] = yaml.Number(value, $"{rule.Id} {name}", 0, 100_000);
        }

        if (values.TryGetValue("warning", out var warning) && (values.TryGetValue("error", out var error) || defaults.TryGetValue("error", out error))
            && warning > error)
        {
            throw yaml.Error(mapping, $"{rule.Id}: the warning threshold ({warning}) is above the error threshold ({error})");
        }

        return values;
    }
}
