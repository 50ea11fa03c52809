using RunLift.Training;

namespace RunLift.Following;

/// <summary>The log as prescribing the next session reads it, and what it needs to know of the athlete.</summary>
/// <param name="Sessions">
/// The logged sessions with the next session's lifts, up to the athlete's today: at least the last
/// <see cref="NextSessionPrescriber.SessionsRead"/> of each lift within <see cref="NextSessionPrescriber.HistoryDays"/>,
/// and every one of the last <see cref="NextSessionPrescriber.EstimateDays"/> days. More is harmless.
/// </param>
/// <param name="Pain">Pain reported at check-ins (those at the rehab site of <see cref="NextSessionPrescriber.PainThatHolds"/> or more are all that count).</param>
/// <param name="Units">The unit the athlete loads in: it decides the increments and the plates.</param>
/// <param name="RehabSite">The site the athlete is rehabilitating; null when none.</param>
public sealed record PrescriptionLog(IReadOnlyList<LiftLog> Sessions, IReadOnlyList<PainReport> Pain, MassUnit Units, InjurySite? RehabSite);
