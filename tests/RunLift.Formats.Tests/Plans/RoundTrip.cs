using RunLift.Training;

namespace RunLift.Formats.Tests.Plans;

/// <summary>What a written plan must read back as: the sessions and sets of <c>TrainingPlan.ToDocument()</c>.</summary>
internal static class RoundTrip
{
    public static void ShouldMatch(TrainingDocument read, TrainingDocument expected)
    {
        read.Units.ShouldBe(expected.Units);
        read.Sessions.Count.ShouldBe(expected.Sessions.Count);
        for (var i = 0; i < expected.Sessions.Count; i++)
        {
            var (r, e) = (read.Sessions[i], expected.Sessions[i]);
            r.Name.ShouldBe(e.Name);
            r.Date.ShouldBe(e.Date);
            r.Time.ShouldBe(e.Time);
            r.Phase.ShouldBe(e.Phase);
            r.Exercises.Select(x => x.Name).ShouldBe(e.Exercises.Select(x => x.Name));
            for (var j = 0; j < e.Exercises.Count; j++)
            {
                var (readSets, sets) = (r.Exercises[j].Sets, e.Exercises[j].Sets);
                readSets.Count.ShouldBe(sets.Count, $"{e.Name} {e.Date} {e.Exercises[j].Name}");
                for (var k = 0; k < sets.Count; k++)
                {
                    SetShouldMatch(readSets[k], sets[k], $"{e.Date} {e.Exercises[j].Name} set {k + 1}");
                }
            }
        }

        // A plan's runs read back as runs whose kind was written with them.
        read.Runs.ShouldBe(expected.Runs.Select(r => r with { Basis = RunKindBasis.Typed }));
        read.Races.Select(r => (r.Date, r.Priority, r.Name)).ShouldBe(expected.Races.Select(r => (r.Date, r.Priority, r.Name)));
        read.Races.Zip(expected.Races).ShouldAllBe(p => Math.Abs(p.First.Distance.Meters - p.Second.Distance.Meters) < 1);
    }

    public static void SetShouldMatch(TrainingSet read, TrainingSet expected, string where)
    {
        // Loads are printed with 2 decimals in the plan's unit: equal within 0.01 kg.
        (read.Load is null).ShouldBe(expected.Load is null, where);
        if (expected.Load is { } load)
        {
            read.Load!.Value.Kilograms.ShouldBe(load.Kilograms, 0.01, where);
        }

        (read with { Load = null }).ShouldBe(expected with { Load = null }, where);
    }
}
