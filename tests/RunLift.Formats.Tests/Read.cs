using System.Text;
using RunLift.Training;

namespace RunLift.Formats.Tests;

/// <summary>Reads inline content the way a file would be read.</summary>
internal static class Read
{
    public static TrainingDocument Text(string content, string name = "routine.yaml") =>
        TrainingFiles.Read(name, new MemoryStream(Encoding.UTF8.GetBytes(content)));

    public static InputException Error(string content, string name = "routine.yaml") =>
        Should.Throw<InputException>(() => Text(content, name));
}
