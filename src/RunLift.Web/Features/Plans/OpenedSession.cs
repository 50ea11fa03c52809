using Microsoft.AspNetCore.Components;
using RunLift.Planning;

namespace RunLift.Web.Features.Plans;

/// <summary>A plan's session whose details were opened, and the chip it was opened from (focus goes back there).</summary>
public sealed record OpenedSession(PlannedSession Session, ElementReference Chip);
