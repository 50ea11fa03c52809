using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using RunLift.Data.Log;
using RunLift.English;
using RunLift.Formats;
using RunLift.Formats.Zip;
using RunLift.Training;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Features.Plans;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>The training log: a month at a time through the whole history, logging a session with a rest timer, imports.</summary>
public sealed partial class LogPage : IAsyncDisposable
{
    private readonly Dictionary<string, string[]> errors = [];
    private LogMonthView? shown;

    /// <summary>Why the address's month is none (the newest month is shown instead); null when it is one, or absent.</summary>
    private string? monthError;
    private List<PlanChoice> plans = [];
    private Editor? editor;
    private RestCountdown rest = null!;
    private MassUnit units = MassUnit.Kilograms;
    private string accountId = "";
    private TimeZoneInfo zone = TimeZoneInfo.Utc;

    /// <summary>The session whose check-in and thread are open; <see cref="viewKey"/> reopens it afresh after an edit.</summary>
    private long? viewing;
    private int viewKey;
    private bool busy;
    private readonly CancellationTokenSource leaving = new();
    /// <summary>How many of an import's left-out rows and entries are named; the rest are counted.</summary>
    private const int LeftOutShown = 10;

    private ImportResult? import;
    private ImportUpload? upload;
    private string? importError;

    /// <summary>What RunLift reads, when the file was none of it.</summary>
    private string? importHint;
    private (string Text, double? Percent)? importProgress;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    /// <summary>The month shown, YYYY-MM (<c>/log?month=2023-04</c>); the newest month with training when absent.</summary>
    [SupplyParameterFromQuery(Name = "month")]
    public string? Month { get; set; }

    private string UnitLabel => units == MassUnit.Pounds ? "lb" : "kg";

    protected override async Task OnInitializedAsync()
    {
        rest = new RestCountdown(Time);
        accountId = (await Authentication!).User.AccountId();
        units = await Log.UnitsAsync(accountId, leaving.Token);
        zone = await Log.ZoneAsync(accountId, leaving.Token);
        plans = await Log.PlansAsync(accountId, leaving.Token);
        if (await Next.NextOfCurrentPlanAsync(accountId, leaving.Token) is NextLookup.Found found)
        {
            editor = new Editor();
            Prefill(found);
        }
    }

    /// <summary>The month the address names, read again whenever it changes (a month link, the list of months).</summary>
    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (DateOnly? month, monthError) = (null, null);
        if (Month is not null)
        {
            month = LogMonth.TryRead(Month, out monthError);
        }

        shown = await Log.MonthAsync(accountId, month, leaving.Token);
    }

    /// <summary>A new session is dated the athlete's today, in their zone: not the server's, nor UTC's.</summary>
    private async Task NewSessionAsync()
    {
        errors.Clear();
        var today = await Log.TodayAsync(accountId, leaving.Token);
        editor = new Editor { Date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        editor.Sets.Add(new SetRow());
    }

    private async Task EditAsync(long id)
    {
        errors.Clear();
        if (await Sessions.FindAsync(accountId, id, leaving.Token) is not { Value: var session, Version: var version })
        {
            await LoadAsync();
            return;
        }

        editor = new Editor
        {
            Id = id,
            Version = version,
            Date = session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Name = session.Name,
            DurationMinutes = session.DurationMinutes,
            SessionRpe = session.SessionRpe,
            PlanId = session.PlanId,
            Notes = session.Notes,
        };
        editor.Sets.AddRange(session.Sets.Select(s => new SetRow
        {
            Exercise = s.Exercise,
            Kind = s.Kind,
            Reps = s.Reps,
            Load = s.LoadKg is { } kg ? Math.Round(Load.FromKilograms(kg).In(units), 2) : null,
            Rpe = s.Rpe,
            RestSeconds = s.RestSeconds,
            DurationSeconds = s.DurationSeconds,
            PerSide = s.PerSide,
            ToFailure = s.ToFailure,
            Bodyweight = s.Bodyweight,
            Done = true,
        }));
    }

    private async Task DeleteAsync(long id)
    {
        viewing = viewing == id ? null : viewing;
        await Sessions.DeleteAsync(accountId, id, leaving.Token);
        await LoadAsync();
    }

    private void AddSet()
    {
        var previous = editor!.Sets.LastOrDefault();
        editor.Sets.Add(new SetRow { Exercise = previous?.Exercise, Reps = previous?.Reps, Load = previous?.Load, RestSeconds = previous?.RestSeconds });
    }

    /// <summary>Ticking a set done starts its rest: the plan's, the one entered, or full recovery for the exercise.</summary>
    private void TickAsync(SetRow set, bool done)
    {
        set.Done = done;
        if (done && !string.IsNullOrWhiteSpace(set.Exercise))
        {
            var seconds = set.RestSeconds ?? (int)RestCountdown.DefaultRest(Catalog, set.Exercise).TotalSeconds;
            rest.Start(TimeSpan.FromSeconds(seconds), set.Exercise.Trim());
        }
    }

    private Task<IEnumerable<string>> SearchExercises(string? text, CancellationToken cancellation) =>
        Task.FromResult<IEnumerable<string>>(string.IsNullOrWhiteSpace(text)
            ? []
            : [.. Catalog.Search(text, 8).Select(e => e.Name).Prepend(text.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)]);

    /// <summary>Prefills the editor with the chosen plan's next session, its loads prescribed from the log.</summary>
    private async Task FromPlan(long? planId)
    {
        editor!.PlanId = planId;
        if (planId is not null && await Next.NextAsync(accountId, planId.Value, leaving.Token) is NextLookup.Found found)
        {
            Prefill(found);
        }
    }

    /// <summary>
    /// The next session in the editor: its day, name and plan, every set with the prescribed load in the athlete's unit, its
    /// warm-ups marked, its RPE and rest (which the rest timer counts), and why each lift's load is what it is.
    /// </summary>
    private void Prefill(NextLookup.Found next)
    {
        var session = next.Session;
        editor!.PlanId = next.PlanId;
        editor.Date = session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        editor.Name = session.Name;
        editor.Sets.Clear();
        editor.Reasons.Clear();
        foreach (var exercise in session.Exercises)
        {
            if (exercise.Adjustment is { } adjustment)
            {
                editor.Reasons[exercise.Name] = adjustment.Reason;
            }

            editor.Sets.AddRange(exercise.Sets.Select(set => new SetRow
            {
                Exercise = exercise.Name,
                Kind = set.Kind,
                Reps = set.Reps,
                Load = set.Load is { } load ? Math.Round(load.In(units), 1) : null,
                Bodyweight = set.Bodyweight,
                Rpe = set.Rpe?.Value,
                RestSeconds = set.Rest is { } rest ? (int)Math.Round(rest.TotalSeconds) : null,
                DurationSeconds = set.Duration is { } duration ? (int)Math.Round(duration.TotalSeconds) : null,
                PerSide = set.PerSide,
            }));
        }
    }

    /// <summary>Why the load of the exercise whose sets start at row <paramref name="index"/> is what it is; null on its other rows.</summary>
    private string? ReasonAt(int index)
    {
        var exercise = editor!.Sets[index].Exercise;
        return exercise is not null && (index == 0 || editor.Sets[index - 1].Exercise != exercise) ? editor.Reasons.GetValueOrDefault(exercise) : null;
    }

    private async Task SaveAsync()
    {
        errors.Clear();
        if (!DateOnly.TryParseExact(editor!.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors["date"] = ["is required."];
            return;
        }

        var input = new SessionInput(date, editor.Name, editor.DurationMinutes, editor.SessionRpe, editor.PlanId, editor.Notes,
            [.. editor.Sets.Where(s => !string.IsNullOrWhiteSpace(s.Exercise) || s.Reps is not null).Select(s => new SetInput(
                s.Exercise, s.Kind, s.Reps, s.Load is { } amount && amount >= 0 && double.IsFinite(amount) ? Math.Round(Load.From(amount, units).Kilograms, 3) : s.Load,
                s.Rpe, s.DurationSeconds, s.RestSeconds, s.PerSide, s.ToFailure, s.Bodyweight))]);
        busy = true;
        try
        {
            var change = editor.Id is { } id
                ? await Sessions.UpdateAsync(accountId, id, input, editor.Version, leaving.Token)
                : await Sessions.CreateAsync(accountId, input, leaving.Token);
            switch (change)
            {
                case Change<SessionView>.Invalid invalid:
                    foreach (var (field, messages) in invalid.Errors)
                    {
                        errors[field] = messages;
                    }

                    return;
                case Change<SessionView>.Overtaken:
                    errors["The session"] = ["was changed in another tab or on another device since you opened it, so nothing was saved. Cancel and open it again to see that change."];
                    return;
            }

            // Saved, or deleted meanwhile elsewhere: either way the log shows what is there now. A session just logged
            // opens for its check-in ("How did it go?"); one edited while open is read again, at its new version. A
            // session dated in another month than the one shown takes the log to its month.
            if (change is Change<SessionView>.Made made && (editor.Id is null || viewing == made.Value.Id))
            {
                (viewing, viewKey) = (made.Value.Id, viewKey + 1);
            }

            editor = null;
            if (change is Change<SessionView>.Made { Value.Date: var day } && shown is not null && LogMonth.Of(day) != LogMonth.Of(shown.Month))
            {
                Navigation.NavigateTo(LogMonth.PathOf(day));
                return;
            }

            await LoadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    /// <summary>
    /// Uploads the file to a temporary file (an archive may be a gigabyte), with the bytes shown as they arrive, then
    /// previews its import, with an archive's files shown as they are read.
    /// </summary>
    private async Task PreviewImportAsync(IBrowserFile? file)
    {
        await DiscardUploadAsync();
        (import, importError) = (null, null);
        if (file is null)
        {
            return;
        }

        var limits = Uploads.Value;
        var maxBytes = Math.Max(limits.MaxBytes, limits.MaxArchiveBytes);
        if (file.Size > maxBytes)
        {
            importError = $"{file.Name}: larger than the upload limit of {maxBytes:N0} bytes.";
            return;
        }

        busy = true;
        try
        {
            var size = Math.Max(file.Size, 1);
            var uploading = new Shown<long>(this, bytes => ($"Uploading {file.Name}: {bytes / 1e6:N1} of {size / 1e6:N1} MB", 100.0 * bytes / size));
            await using (var stream = file.OpenReadStream(maxBytes, leaving.Token))
            {
                upload = await ImportUpload.SpoolAsync(file.Name, stream, maxBytes, uploading, leaving.Token);
            }

            if (upload is null)
            {
                importError = $"{file.Name}: larger than the upload limit of {maxBytes:N0} bytes.";
                return;
            }

            if (upload.Content.Length > limits.MaxBytes && TrainingFiles.FormatOf(upload.Content) != TrainingFileFormat.Zip)
            {
                importError = $"{file.Name}: larger than the limit of {limits.MaxBytes:N0} bytes for a file that is not a zip archive.";
                await DiscardUploadAsync();
                return;
            }

            await RunImportAsync(preview: true);
        }
        finally
        {
            (busy, importProgress) = (false, null);
        }
    }

    private async Task ConfirmImportAsync()
    {
        busy = true;
        try
        {
            await RunImportAsync(preview: false);
        }
        finally
        {
            (busy, importProgress) = (false, null);
        }
    }

    /// <summary>Runs the import away from the page's thread, so that the page can show its progress meanwhile.</summary>
    private async Task RunImportAsync(bool preview)
    {
        var file = upload!;
        file.Content.Position = 0;
        var reading = new Shown<ImportProgress>(this, p => ($"Reading {p.File}: {p.EntriesDone:N0} of {Plural.Count(p.EntriesTotal, "file")}", 100.0 * p.EntriesDone / Math.Max(p.EntriesTotal, 1)));
        var outcome = await Task.Run(
            () => Imports.ImportAsync(accountId, new ImportFile(file.Name, file.Content), preview, reading, leaving.Token),
            leaving.Token);
        import = outcome.Results is [var result] ? result : null;
        importError = outcome.Error?.Message
            ?? (outcome.Conflict ? "Another import of the same workouts finished first; nothing was added." : null);
        importHint = outcome.Error?.Hint;
        if (!preview || import is null || import.AlreadyImported)
        {
            await DiscardUploadAsync();
        }

        if (!preview)
        {
            await LoadAsync();
        }
    }

    /// <summary>A name's reading was chosen: the preview (or the import's result) is read again with it.</summary>
    private async Task ReadAgainAsync()
    {
        if (import is { Preview: true } && upload is not null)
        {
            await RunImportAsync(preview: true);
        }
        else
        {
            await LoadAsync();
        }
    }

    private async Task CloseImportAsync()
    {
        import = null;
        await DiscardUploadAsync();
    }

    private async Task DiscardUploadAsync()
    {
        if (upload is not null)
        {
            await upload.DisposeAsync();
            upload = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await leaving.CancelAsync();
        await DiscardUploadAsync();
        leaving.Dispose();
    }

    /// <summary>Progress shown on the page: redrawn when the whole percentage changes, not on every report.</summary>
    private sealed class Shown<T>(LogPage page, Func<T, (string Text, double Percent)> describe) : IProgress<T>
    {
        private int percent = -1;

        public void Report(T value)
        {
            var (text, exact) = describe(value);
            var whole = (int)exact;
            if (whole == percent)
            {
                return;
            }

            percent = whole;
            _ = page.InvokeAsync(() =>
            {
                page.importProgress = (text, exact);
                page.StateHasChanged();
            });
        }
    }

    /// <summary>Whole minutes; seconds under a minute (a 57-second run is not "0 min").</summary>
    private static string Duration(int seconds) => seconds < 60 ? $"{seconds} s" : $"{seconds / 60} min";

    /// <summary>How a run's kind was decided, when the app decided it (a kind the athlete typed needs no saying).</summary>
    private static string? Why(RunKindBasis? basis) => basis is { Source: not RunKindSource.Typed } ? basis.ToString() : null;

    private sealed class Editor
    {
        public long? Id { get; init; }

        /// <summary>The version of the session opened for editing: saving over a newer one is refused.</summary>
        public int? Version { get; init; }

        public string? Date { get; set; }

        public string? Name { get; set; }

        public int? DurationMinutes { get; set; }

        public double? SessionRpe { get; set; }

        public long? PlanId { get; set; }

        public string? Notes { get; set; }

        public List<SetRow> Sets { get; } = [];

        /// <summary>Why the plan's next session loads each exercise as it does, by its name (none for the plan's own loads).</summary>
        public Dictionary<string, string> Reasons { get; } = [];
    }

    private sealed class SetRow
    {
        public string? Exercise { get; set; }

        public SetKind Kind { get; set; } = SetKind.Working;

        public int? Reps { get; set; }

        /// <summary>In the athlete's unit.</summary>
        public double? Load { get; set; }

        public double? Rpe { get; set; }

        public int? RestSeconds { get; set; }

        public int? DurationSeconds { get; set; }

        public bool PerSide { get; set; }

        public bool ToFailure { get; set; }

        public bool Bodyweight { get; set; }

        public bool Done { get; set; }
    }
}
