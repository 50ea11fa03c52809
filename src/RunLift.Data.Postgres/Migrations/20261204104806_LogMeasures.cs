using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunLift.Data.Postgres.Migrations
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
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EstimatedSeconds",
                table: "Sessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MeanWorkingRpe",
                table: "Sessions",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "VolumeKg",
                table: "Sessions",
                type: "double precision",
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
