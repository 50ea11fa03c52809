using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunLift.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProfileInjury : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Injury",
                table: "Profiles",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Injury",
                table: "Profiles");
        }
    }
}
