using RunLift.Formats.Calendar;
using RunLift.Formats.Plans;

namespace RunLift.Formats.Tests.Plans;

public sealed class PlanFormatTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Names_MediaTypesAndExtensions()
    {
        PlanFormats.All.Select(f => (f.Name(), f.MediaType(), f.Extension())).ShouldBe([
            ("yaml", "application/yaml", "yaml"),
            ("json", "application/json", "json"),
            ("markdown", "text/markdown", "md"),
            ("ics", "text/calendar", "ics"),
            ("fit", "application/vnd.ant.fit", "fit"),
        ]);
        PlanFormats.Documents.ShouldBe([PlanFormat.Yaml, PlanFormat.Json, PlanFormat.Markdown, PlanFormat.Ics]);
    }

    [Fact]
    public void TryParse_TakesExactlyTheNames()
    {
        foreach (var format in PlanFormats.All)
        {
            PlanFormats.TryParse(format.Name(), out var read).ShouldBeTrue();
            read.ShouldBe(format);
        }

        PlanFormats.TryParse("md", out _).ShouldBeFalse();
        PlanFormats.TryParse("YAML", out _).ShouldBeFalse();
        PlanFormats.TryParse(null, out _).ShouldBeFalse();
    }

    [Fact]
    public void EachDocument_IsItsWritersText_AndPrintedAsItsWriterPrintsIt()
    {
        var plan = SamplePlans.TwoWeeks();
        (string Text, Action<TextWriter> Print)[] writers =
        [
            (PlanYamlWriter.ToYaml(plan), o => PlanYamlWriter.Write(plan, o)),
            (PlanJsonWriter.ToJson(plan), o => PlanJsonWriter.Write(plan, o)),
            (PlanMarkdownWriter.ToMarkdown(plan), o => PlanMarkdownWriter.Write(plan, o)),
            (PlanCalendarWriter.ToIcs(plan, Stamp), o => PlanCalendarWriter.Write(plan, o, Stamp)),
        ];

        foreach (var (format, (text, print)) in PlanFormats.Documents.Zip(writers))
        {
            format.ToText(plan, Stamp).ShouldBe(text);
            using (var expected = new StringWriter())
            using (var printed = new StringWriter())
            {
                print(expected);
                format.Write(plan, printed, Stamp);
                printed.ToString().ShouldBe(expected.ToString());
            }
        }
    }

    [Fact]
    public void Fit_IsNotOneDocument()
    {
        Should.Throw<ArgumentException>(() => PlanFormat.Fit.ToText(SamplePlans.TwoWeeks(), Stamp));
        Should.Throw<ArgumentException>(() => PlanFormat.Fit.Write(SamplePlans.TwoWeeks(), TextWriter.Null, Stamp));
    }
}
