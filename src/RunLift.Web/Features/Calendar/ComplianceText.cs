namespace RunLift.Web.Features.Calendar;

/// <summary>How an athlete follows their plans, in words: "This week: 1 of 2 done, 1 partial".</summary>
internal static class ComplianceText
{
    /// <summary>"1 of 2 done", with the partial and missed ones when there are any; "no session planned" for an empty week.</summary>
    public static string Week(WeekCompliance week)
    {
        ArgumentNullException.ThrowIfNull(week);
        if (week.Planned == 0)
        {
            return "no session planned";
        }

        var text = $"{week.Done} of {week.Planned} done";
        if (week.Partial > 0)
        {
            text += $", {week.Partial} partial";
        }

        if (week.Missed > 0)
        {
            text += $", {week.Missed} missed";
        }

        return text;
    }

    /// <summary>"83 % of its planned sets so far", or "nothing due yet".</summary>
    public static string Plan(CurrentPlanCompliance plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Overall is { } overall ? $"{DayStatusLook.Percent(overall)} of its planned sets so far" : "nothing due yet";
    }
}
