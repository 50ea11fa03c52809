using RunLift.Formats.Plans;

namespace RunLift.Formats.Tests.Plans;

public sealed class PlanMarkdownWriterTests
{
    private static readonly string Markdown = PlanMarkdownWriter.ToMarkdown(SamplePlans.TwoWeeks());

    [Fact]
    public void Summary_GivesWeeksPhasesAndSessionsPerWeek()
    {
        Markdown.ShouldStartWith("# RunLift strength plan: Mon 7 Dec 2026 to Sun 20 Dec 2026\n");
        Markdown.ShouldContain("2 weeks, 3 strength sessions (1–2 a week).");
        Markdown.ShouldContain("| strength | Mon 7 Dec 2026 – Sun 20 Dec 2026 | 2 |");
    }

    [Fact]
    public void Notes_AreHowToUseThePlan() =>
        Markdown.ShouldContain("## How to use this plan\n\n- Add 2.5 kg");

    [Fact]
    public void Weeks_HaveHeadingsKeyRunsAndOneTablePerSession()
    {
        Markdown.ShouldContain("## Week 2: Mon 14 Dec 2026 – Sun 20 Dec 2026, strength (deload)");
        Markdown.ShouldContain("Key runs: Tue intervals 1h am; Sun long 2h 08:30.");
        Markdown.ShouldContain("### Strength A: Tue 8 Dec pm, about 52 min");
        Markdown.ShouldContain("| Back Squat | 1 × 5 | 90 kg | 3min |\n|  | 3 × 5 | 102.5 kg | 3min |");
        Markdown.ShouldContain("| Step-Up | 3 × 6/side | RPE 7 | 90s |");
        Markdown.ShouldContain("| Box Jump | 3 × 5 | — | 90s |");
        Markdown.Split("| exercise | sets × reps | load | rest |").Length.ShouldBe(4);
    }

    [Fact]
    public void Names_AreEscaped()
    {
        var plan = SamplePlans.TwoWeeks();
        plan = plan with { Sessions = [.. plan.Sessions.Select(s => s with { Name = "Legs | *heavy* [1]" })] };

        var markdown = PlanMarkdownWriter.ToMarkdown(plan);

        markdown.ShouldContain("### Legs \\| \\*heavy\\* \\[1\\]:");
        markdown.ShouldContain("Race: Spring \\*Marathon\\* (A) on Sun 18 Apr 2027.");
    }

    [Fact]
    public void LineBreaksAndMarkdownInUserText_CannotBreakTheDocument()
    {
        var plan = SamplePlans.TwoWeeks();
        var race = plan.Request.Races[0] with { Name = "Spring\r\n# Hacked\n| a | b |\n- list" };
        plan = plan with
        {
            Request = plan.Request with { Races = [race] },
            Sessions = [.. plan.Sessions.Select(s => s with { Name = "-Legs\n## Injected", Note = "+ light\r\nday! ~strike~ & <b>" })],
        };

        var markdown = PlanMarkdownWriter.ToMarkdown(plan);

        markdown.ShouldContain("Race: Spring  \\# Hacked \\| a \\| b \\| - list (A) on Sun 18 Apr 2027.");
        markdown.ShouldContain("### \\-Legs \\#\\# Injected: Tue 8 Dec");
        markdown.ShouldContain("\\+ light  day\\! \\~strike\\~ \\& \\<b\\>");
        markdown.Split('\n').ShouldNotContain(line => line.StartsWith("# Hacked", StringComparison.Ordinal) || line.StartsWith("## Injected", StringComparison.Ordinal));
    }
}
