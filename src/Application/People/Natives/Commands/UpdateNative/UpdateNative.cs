using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Natives.Commands.UpdateNative;

/// <summary>Edits a notable native (send the version you read).</summary>
public sealed record UpdateNativeCommand(
    Guid Id,
    string Name,
    int Version,
    string? NativeCounty = null,
    string? Company = null,
    string? Position = null,
    Guid? IndustryChainId = null,
    string? CityRegionCode = null,
    Guid? AssociationId = null,
    bool IsListed = false,
    IReadOnlyList<string>? Tags = null,
    string? Phone = null,
    string? Email = null) : ICommand<NativeDto>, INativeFields;

public sealed class UpdateNativeValidator : AbstractValidator<UpdateNativeCommand>
{
    public UpdateNativeValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        this.AddFieldRules();
    }
}

public sealed class UpdateNativeHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<UpdateNativeCommand, NativeDto>
{
    public async ValueTask<NativeDto> Handle(UpdateNativeCommand command, CancellationToken cancellationToken)
    {
        var native = await db.NotableNatives.FirstOrDefaultAsync(n => n.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(NotableNative), command.Id);
        db.ExpectVersion(native, command.Version);
        await PeopleRules.CheckReferencesAsync(db, command.IndustryChainId, command.AssociationId, cancellationToken);
        native.Edit(command.Name, command.Details());
        await db.SaveChangesAsync(cancellationToken);
        return await NativeQueries.ReadAsync(db, user, native.Id, cancellationToken);
    }
}
