using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using RunLift.Testing;

namespace RunLift.Web.Tests.Concurrency;

/// <summary>
/// The web app as its own process (the build's RunLift.Web.dll, as `dotnet` runs it in production) on a loopback
/// port: for what only separate processes show, such as instances starting together or one killed mid-start.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, int port)
    {
        this.process = process;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }

    /// <summary>What the process wrote, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>Starts the app with <paramref name="settings"/> (configuration keys, as environment variables) on a free port.</summary>
    public static AppProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var dll = RepositoryFiles.PathOf("src/RunLift.Web/bin/Release/net10.0/RunLift.Web.dll");
        File.Exists(dll).ShouldBeTrue($"{dll} is missing: build the solution in Release first (scripts/test does).");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var app = new AppProcess(new Process { StartInfo = start }, port);
        app.process.OutputDataReceived += (_, line) => app.Append(line.Data);
        app.process.ErrorDataReceived += (_, line) => app.Append(line.Data);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200, or fails when the process ends or <paramref name="patience"/> passes.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan patience, CancellationToken cancellation)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(patience);
        while (true)
        {
            process.HasExited.ShouldBeFalse($"The app ended (exit code {(process.HasExited ? process.ExitCode : 0)}) before it was ready:\n{Output}");
            try
            {
                if ((await client.GetAsync("health/ready", deadline.Token)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellation.IsCancellationRequested)
            {
                Assert.Fail($"The app was not ready within {patience.TotalSeconds:0} s:\n{Output}");
            }

            await Task.Delay(100, deadline.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Ends the process at once, as <c>kill -9</c> does: nothing of it runs after.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
