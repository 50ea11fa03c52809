using MudBlazor.Services;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Formats;
using RunLift.Web.Components;
using RunLift.Web.Features;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Features.Accounts.Email;
using RunLift.Web.Features.Audit;
using RunLift.Web.Features.Calendar;
using RunLift.Web.Features.Catalog;
using RunLift.Web.Features.Coaching;
using RunLift.Web.Features.Dashboard;
using RunLift.Web.Features.Log;
using RunLift.Web.Features.Names;
using RunLift.Web.Features.Plans;
using RunLift.Web.Features.Profiles;
using RunLift.Web.Features.Progress;
using RunLift.Web.Features.Settings;
using RunLift.Web.Operations;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(ExerciseCatalog.Default);
builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
builder.Services.AddProblemDetails();

// A query that does not bind (weeks=many) is the client's mistake: 400 ProblemDetails in every environment,
// never an exception that Development would turn into a 500.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
builder.Services.AddApiDocument();
builder.Services.AddRunLiftData(builder.Configuration);
builder.Services.AddFeatureOperations();
builder.Services.AddAccounts();
builder.Services.AddAccountEmails();
builder.Services.AddHealthChecks().AddLiveCheck().AddDbContextCheck<AppDbContext>("database");
builder.Services.AddUploadLimit();
builder.Services.AddReadLimits();
builder.Services.AddRateLimits();
builder.Services.AddReverseProxy();
builder.Services.AddTransportSecurity();

// The pages: a Blazor Web App with interactive server rendering and MudBlazor components.
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();
await app.Services.MigrateAsync();

// Forwarded headers first: everything after sees the client's address, scheme and host (from known proxies only).
app.UseReverseProxy();
app.UseErrorResponses();
app.UseTransportSecurity();
app.UseSecurityHeaders();
app.UseSameOriginWrites();
app.UseAuthentication();
app.UseSecurityStampCheck();
app.UseReauthenticationForAccountChanges();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapHealth();
app.MapOpenApi();
app.MapScalarApiReference();

var api = app.MapGroup("/api/v1");
api.MapAudit();
api.MapPlans();
api.MapCatalog();
api.MapAccountApi();
api.MapProfile();
api.MapSavedPlans();
api.MapPlanFromLog();
api.MapGarminWorkouts();
api.MapCoaching();
api.MapSettings();
api.MapSessions();
api.MapRuns();
api.MapCrossTraining();
api.MapImports();
api.MapExerciseNames();
api.MapProgress();
api.MapDashboard();
api.MapCalendar();
app.MapSignOut();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>The web app's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
