using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RunLift.Formats.Routines;

/// <summary>
/// YamlDotNet's parser with limits checked event by event, before the representation model sees them: the model builds
/// its node tree recursively (a list nested 60,000 levels deep overflows the stack and ends the process), and walking
/// a tree whose aliases repeat nodes exponentially ("billion laughs") takes as long as the expansion. The parser itself
/// keeps its state on the heap, so checking its events is safe however deep the text goes; stopping at the limit also
/// spares its scanner, whose cost grows with the square of the flow depth.
/// </summary>
internal sealed class BoundedYamlParser(IParser inner, string file) : IParser
{
    /// <summary>The deepest nesting of lists and mappings, block and flow alike; routines need five or six.</summary>
    public const int MaxNesting = 64;

    /// <summary>How many values aliases may repeat in all, counting every value inside an aliased list or mapping.</summary>
    public const int MaxAliasExpansion = 10_000;

    /// <summary>
    /// Values (scalars, lists and mappings) in one document: each costs the node tree a hundred bytes or more, and a
    /// log of ten years written out in full has about 20,000.
    /// </summary>
    public const int MaxValues = 500_000;

    private readonly Dictionary<string, long> anchoredSizes = new(StringComparer.Ordinal);
    private readonly Stack<(AnchorName Anchor, long FirstNode)> open = new();
    private long nodes;
    private long expanded;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        if (nodes > MaxValues)
        {
            throw Error(inner.Current!, $"holds more than {MaxValues:N0} values; split it into smaller files", new ReadLimit("values in one YAML or JSON document", MaxValues, PerFile: true));
        }

        switch (inner.Current)
        {
            case NodeEvent collection and (SequenceStart or MappingStart):
                nodes++;
                if (open.Count >= MaxNesting)
                {
                    throw Error(collection, $"nested more than {MaxNesting} levels deep");
                }

                open.Push((collection.Anchor, nodes));
                break;
            case SequenceEnd or MappingEnd when open.Count > 0:
                var (anchor, firstNode) = open.Pop();
                if (!anchor.IsEmpty)
                {
                    anchoredSizes[anchor.Value] = nodes - firstNode + 1;
                }

                break;
            case Scalar scalar:
                nodes++;
                if (!scalar.Anchor.IsEmpty)
                {
                    anchoredSizes[scalar.Anchor.Value] = 1;
                }

                break;
            case AnchorAlias alias:
                // An alias stands for its whole anchored node, which may itself hold aliases: counting them as nodes
                // makes an anchor's size its expanded size.
                var size = anchoredSizes.GetValueOrDefault(alias.Value.Value, 1);
                nodes += size;
                expanded += size;
                if (expanded > MaxAliasExpansion)
                {
                    throw Error(alias, $"aliases repeat more than {MaxAliasExpansion:N0} values in all; write the values out instead");
                }

                break;
        }

        return true;
    }

    private InputException Error(ParsingEvent at, string reason, ReadLimit? limit = null) =>
        new(file, (int)Math.Min(at.Start.Line, int.MaxValue), (int)Math.Min(at.Start.Column, int.MaxValue), reason) { Limit = limit };
}
