using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunLift.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LogMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "EstimatedOneRepMaxKg",
                table: "Sets",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EstimatedSeconds",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MeanWorkingRpe",
                table: "Sessions",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "VolumeKg",
                table: "Sessions",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EstimatedOneRepMaxKg",
                table: "Sets");

            migrationBuilder.DropColumn(
                name: "EstimatedSeconds",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "MeanWorkingRpe",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "VolumeKg",
                table: "Sessions");
        }
    }
}
