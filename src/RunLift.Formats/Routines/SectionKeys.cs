using System.Collections.Frozen;
using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>Reads the value of one key into what a section has read so far, returning the new fields.</summary>
internal delegate TFields KeyReader<TFields>(RoutineContext context, TFields fields, YamlNode keyNode, YamlNode value);

/// <summary>Whether a key written with no value (<c>key:</c>, <c>null</c>) is read or left out.</summary>
internal enum EmptyValues
{
    /// <summary>The key is left out, as if it were not written.</summary>
    Skipped,

    /// <summary>The key's reader sees the empty value, and says what it expected instead.</summary>
    Read,
}

/// <summary>
/// The keys of one part of the document, each declared once with the reader of its value. The keys
/// <see cref="Yaml.Entries"/> accepts are this table's, so a key cannot be allowed without being read.
/// </summary>
internal sealed class SectionKeys<TFields>
{
    private readonly string section;
    private readonly EmptyValues emptyValues;
    private readonly string[] written;
    private readonly FrozenDictionary<string, KeyReader<TFields>> readers;

    /// <param name="section">The section as error messages name it ("a session").</param>
    /// <param name="emptyValues">What an empty value means in this section.</param>
    /// <param name="keys">The keys as the format writes them, in the order error messages list them.</param>
    public SectionKeys(string section, EmptyValues emptyValues, params (string Key, KeyReader<TFields> Read)[] keys)
    {
        this.section = section;
        this.emptyValues = emptyValues;
        written = [.. keys.Select(k => k.Key)];

        // Add throws on a key declared twice (or two spellings of one key): a mistake in the table, found on first use.
        var byKey = new Dictionary<string, KeyReader<TFields>>(StringComparer.Ordinal);
        foreach (var (key, read) in keys)
        {
            byKey.Add(Yaml.Normalize(key), read);
        }

        readers = byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The mapping's entries, unknown and repeated keys rejected where they are written.</summary>
    public List<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(RoutineContext context, YamlMappingNode mapping) =>
        context.Yaml.Entries(mapping, section, written);

    public TFields Read(RoutineContext context, YamlMappingNode mapping, TFields fields) =>
        Read(context, Entries(context, mapping), fields);

    /// <summary>Reads entries <see cref="Entries"/> returned, in the order they are written.</summary>
    public TFields Read(RoutineContext context, List<(string Key, YamlNode KeyNode, YamlNode Value)> entries, TFields fields)
    {
        foreach (var (key, keyNode, value) in entries)
        {
            if (emptyValues == EmptyValues.Skipped && Yaml.IsNull(value))
            {
                continue;
            }

            // Entries accepts only this table's keys, so every key it returns has a reader.
            var read = readers.GetValueOrDefault(key) ?? throw new UnreachableException($"'{key}' passed {section}'s keys without a reader");
            fields = read(context, fields, keyNode, value);
        }

        return fields;
    }
}
