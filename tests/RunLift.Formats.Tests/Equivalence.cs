using System.Collections;

namespace RunLift.Formats.Tests;

/// <summary>
/// Value equality of documents whose lists are of different types (what a writer builds, what a reader reads):
/// records compare property by property, lists and dictionaries item by item; the first difference fails with its path.
/// </summary>
internal static class Equivalence
{
    public static void ShouldBeSameValuesAs<T>(this T actual, T expected) where T : class => Compare(actual, expected, typeof(T).Name);

    private static void Compare(object? actual, object? expected, string path)
    {
        if (actual is null || expected is null)
        {
            actual.ShouldBe(expected, path);
            return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or DateOnly or decimal || Nullable.GetUnderlyingType(type) is not null)
        {
            actual.ShouldBe(expected, path);
            return;
        }

        if (expected is IEnumerable items)
        {
            var (a, e) = (((IEnumerable)actual).Cast<object?>().ToList(), items.Cast<object?>().ToList());
            a.Count.ShouldBe(e.Count, $"{path}: count");
            for (var i = 0; i < e.Count; i++)
            {
                Compare(a[i], e[i], $"{path}[{i}]");
            }

            return;
        }

        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            Compare(property.GetValue(actual), property.GetValue(expected), $"{path}.{property.Name}");
        }
    }
}
