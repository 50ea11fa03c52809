using System.Text.Json;
using RunLift.Training;

namespace RunLift.Formats.Tests;

public sealed class ApiJsonTests
{
    [Fact]
    public void AKindOfRun_IsItsVocabularyWord_InTheApisJson()
    {
        foreach (var kind in RunKinds.All)
        {
            JsonSerializer.Serialize(kind, ApiJson.Options).ShouldBe($"\"{kind.Name()}\"");
            JsonSerializer.Deserialize<RunKind>($"\"{kind.Name()}\"", ApiJson.Options).ShouldBe(kind);
        }
    }

    [Fact]
    public void Indented_IsForPeople_Options_ForPrograms()
    {
        var value = new { ExerciseName = "Farmer's Carry", Kind = RunKind.RacePace };

        JsonSerializer.Serialize(value, ApiJson.Options).ShouldBe("""{"exerciseName":"Farmer\u0027s Carry","kind":"race-pace"}""");
        JsonSerializer.Serialize(value, ApiJson.Indented).ShouldBe("{\n  \"exerciseName\": \"Farmer's Carry\",\n  \"kind\": \"race-pace\"\n}".ReplaceLineEndings());
    }
}
