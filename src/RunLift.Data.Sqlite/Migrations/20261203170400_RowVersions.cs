using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunLift.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The rows there are are at their first version, as new rows start.
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Runs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Plans");
        }
    }
}
