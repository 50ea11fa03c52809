using MudBlazor;

namespace RunLift.Web.Components.Layout;

/// <summary>
/// RunLift's look: calm and legible. A deep teal for actions, warm amber for warnings, the system's own fonts
/// (nothing is fetched from elsewhere), and a dark palette for evening readers.
/// </summary>
internal static class RunLiftTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00695c",
            Secondary = "#37474f",
            Tertiary = "#5c6bc0",
            Info = "#1565c0",
            Success = "#2e7d32",
            // Dark enough for white text on a filled chip and for amber text on the page (5.4:1, WCAG AA).
            Warning = "#9a5b00",
            Error = "#c62828",
            AppbarBackground = "#00695c",
            Background = "#f7f8f7",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1f2a2a",
            TextSecondary = "#4a5858",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#4db6ac",
            Secondary = "#90a4ae",
            Tertiary = "#9fa8da",
            Info = "#64b5f6",
            Success = "#81c784",
            Warning = "#ffb74d",
            Error = "#ef7070",
            AppbarBackground = "#12201f",
            Background = "#0f1616",
            Surface = "#172222",
            DrawerBackground = "#142020",
            TextPrimary = "#e4ecea",
            TextSecondary = "#a9b8b5",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
                LineHeight = "1.55",
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
